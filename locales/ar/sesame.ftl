### كلمات Sesame بالعربية.

# Whether a fluent speaker has reviewed this catalogue: "yes" or "no".
-reviewed = no

## The window

app-name = Sesame
data-error-title = لا يستطيع Sesame فتح بياناته
something-went-wrong = حدث خطأ ما.
cancel = إلغاء
close = إغلاق
done = تم
save = حفظ
choose = اختيار…
part-failed = تعذّر على Sesame تحميل هذا الجزء من نافذته. ستُصلحه إعادة تثبيت Sesame غالبًا.
again = مرة أخرى

## The header and its menu

header-profile = الملف الشخصي
header-add = إضافة
header-add-title = إضافة حساب (Ctrl+N)
header-lock = قفل
header-lock-label = قفل { $profile }
header-menu = المزيد
menu-new-profile = ملف شخصي جديد…
menu-password = كلمة المرور…
menu-recovery = مفتاح الاسترداد…
menu-import = استيراد…
menu-export = تصدير…
menu-backups = النسخ الاحتياطية…
menu-sync = المزامنة…
menu-settings = الإعدادات…
menu-login-unlock-stop = التوقف عن الفتح بتسجيل دخولي
menu-login-unlock-start = الفتح أيضًا بتسجيل دخولي

## Adding accounts: the first screen and the Add dialog

empty-title = أضِف حسابك الأول
empty-lead = أين أعطاك الموقع بيانات الإعداد؟
add-title = إضافة حساب
add-scan-screen = مسح رمز QR الظاهر على شاشتي
add-scan-screen-hint = يعرض الموقع رمز QR الآن: سيجده Sesame.
add-open-image = فتح صورة فيها رمز QR…
add-open-image-hint = لقطة شاشة أو صورة محفوظة. يمكنك أيضًا إفلاتها أو لصقها هنا.
add-type-key = كتابة مفتاح الإعداد…
add-type-key-hint = يعرض الموقع بدلًا من ذلك مفتاحًا من حروف وأرقام.
add-import = استيراد من تطبيق آخر…
add-import-hint = Aegis و2FAS وGoogle Authenticator وغيرها.
add-link = لصق رابط الإعداد (متقدم)
add-link-label = رابط الإعداد (otpauth://…)
add-link-submit = إضافة
add-drop = أفلِت صورة فيها رمز QR لمسحها، أو ملف تصدير لاستيراده
accounts-added =
    { $count ->
        [zero] لم يُضَف أي حساب.
        [one] أُضيف حساب واحد.
        [two] أُضيف حسابان.
        [few] أُضيفت { $count } حسابات.
        [many] أُضيف { $count } حسابًا.
       *[other] أُضيف { $count } حساب.
    }
account-added = أُضيف { $name }.
accounts-saved =
    { $count ->
        [zero] لم يُحفظ أي حساب.
        [one] حُفظ حساب واحد.
        [two] حُفظ حسابان.
        [few] حُفظت { $count } حسابات.
        [many] حُفظ { $count } حسابًا.
       *[other] حُفظ { $count } حساب.
    }
tip-quick-copy = نصيحة: اضغط { $shortcut } من أي مكان لتجد حسابًا وتنسخ رمزه.
tip-search = نصيحة: ابدأ الكتابة لتجد حسابًا، ثم اضغط Enter لنسخ رمزه.
tip-dismiss = فهمت

## The list

search-label = البحث في الحسابات
search-placeholder = بحث
order-title = تغيير الترتيب
order-custom = ترتيبك
order-issuer = أ–ي
order-used = الأكثر استخدامًا
order-recent = الأحدث
groups-label = المجموعات
group-all = الكل
accounts-label = الحسابات
no-match = لا يوجد حساب يطابق «{ $query }».
unnamed-account = حساب بلا اسم
copy-title = نسخ الرمز
favourite = مفضّل
copied = نُسخ
next-code-label = الرمز التالي
next-code-shown = التالي { $code }
seconds-left-title = الثواني المتبقية
seconds-left =
    { $seconds ->
        [zero] لم تبقَ أي ثانية
        [one] بقيت ثانية واحدة
        [two] بقيت ثانيتان
        [few] بقيت { $seconds } ثوانٍ
        [many] بقيت { $seconds } ثانية
       *[other] بقيت { $seconds } ثانية
    }
next-code-for = الرمز التالي لـ { $name }
edit = تعديل
edit-label = تعديل { $name }
remove = إزالة
remove-label = إزالة { $name }
codes-change-in =
    { $seconds ->
        [zero] تتغير الرموز الآن
        [one] تتغير الرموز بعد ثانية واحدة
        [two] تتغير الرموز بعد ثانيتين
        [few] تتغير الرموز بعد { $seconds } ثوانٍ
        [many] تتغير الرموز بعد { $seconds } ثانية
       *[other] تتغير الرموز بعد { $seconds } ثانية
    }
copied-code = نُسخ رمز { $name }.
copied-code-clears =
    { $seconds ->
        [zero] نُسخ رمز { $name }؛ ستُمسح الحافظة الآن.
        [one] نُسخ رمز { $name }؛ ستُمسح الحافظة بعد ثانية واحدة.
        [two] نُسخ رمز { $name }؛ ستُمسح الحافظة بعد ثانيتين.
        [few] نُسخ رمز { $name }؛ ستُمسح الحافظة بعد { $seconds } ثوانٍ.
        [many] نُسخ رمز { $name }؛ ستُمسح الحافظة بعد { $seconds } ثانية.
       *[other] نُسخ رمز { $name }؛ ستُمسح الحافظة بعد { $seconds } ثانية.
    }

## Banners

removed = أُزيل { $name }.
undo = تراجع
remind-recovery = هذا الملف الشخصي محفوظ في سلسلة مفاتيح النظام وحدها؛ إن أُعيد ضبطها ضاعت حساباته.
remind-recovery-action = إنشاء مفتاح استرداد
remind-backup = لا توجد نسخة احتياطية لهذه الحسابات بعد.
remind-backup-action = إعداد النسخ الاحتياطي التلقائي
integrity-wait = لن يغيّر Sesame شيئًا في هذا الملف الشخصي حتى تؤكد.
integrity-confirm = راجعت الحسابات: ابدأ سجلًا جديدًا

## First start and the lock screen

welcome-title = مرحبًا بك في Sesame
welcome-password = كلمة مرور ملفك الشخصي
welcome-create = إنشاء الملف الشخصي
locked-title = { $profile } مقفل
unlock-password = كلمة المرور
unlock-recovery-key = مفتاح الاسترداد
unlock = فتح القفل
unlocking = جارٍ فتح القفل…
use-recovery-key = استخدام مفتاح الاسترداد
use-password = استخدام كلمة المرور
try-keyring = تجربة سلسلة المفاتيح مرة أخرى

## Scan preview

scan-found = الحسابات التي وُجدت
scan-none = لم يُعثر على أي حساب
scan-not-a-code = ليس رمز مصادقة: { $what } ({ $preview })
scan-kind-url = رابط ويب
scan-kind-wifi = إعدادات Wi-Fi
scan-kind-text = نص
scan-save =
    { $count ->
        [zero] لا حساب للحفظ
        [one] حفظ حساب واحد
        [two] حفظ حسابين
        [few] حفظ { $count } حسابات
        [many] حفظ { $count } حسابًا
       *[other] حفظ { $count } حساب
    }
meta-digits =
    { $digits ->
        [zero] بلا أرقام
        [one] رقم واحد
        [two] رقمان
        [few] { $digits } أرقام
        [many] { $digits } رقمًا
       *[other] { $digits } رقم
    }
meta-characters =
    { $digits ->
        [zero] بلا محارف
        [one] محرف واحد
        [two] محرفان
        [few] { $digits } محارف
        [many] { $digits } محرفًا
       *[other] { $digits } محرف
    }
meta-period = { $seconds } ث
meta-already-added = مضاف من قبل

## Typing a setup key

manual-title = إضافة حساب بمفتاح الإعداد
manual-issuer = الجهة المُصدِرة (الموقع أو الخدمة)
manual-account = الحساب (اسمك أو عنوانك هناك)
manual-secret = مفتاح الإعداد
manual-advanced = إعدادات الرمز (فقط إن طلبها الموقع)
manual-code-now = الرمز الآن:
manual-seconds = ({ $seconds } ث)
manual-type-key = اكتب مفتاح الإعداد لترى رمزه.
manual-add = إضافة

## Code settings

params-type = النوع
params-totp = حسب الوقت
params-hotp = حسب العدّاد (HOTP)
params-steam = Steam
params-algorithm = الخوارزمية
params-digits = عدد الأرقام
params-period = المدة (بالثواني)
params-counter = العدّاد (للرمز التالي)

## Editing an account

edit-title = تعديل الحساب
reveal-title = السر ورمز QR
reveal-qr-alt = رمز QR لهذا الحساب، لمسحه بالهاتف
reveal-warning = من يرى هذا يستطيع توليد رموزك. أغلقه حين تنتهي.
reveal-password = كلمة مرور ملفك الشخصي، لإظهار السر
reveal-caution = السر يتيح لأي أحد توليد رموز هذا الحساب: لا تُظهره إلا حيث لا يراه غيرك.
reveal-show = إظهار
edit-issuer = الجهة المُصدِرة
edit-account = الحساب
edit-group = المجموعة
edit-note = ملاحظة
edit-favourite = مفضّل (يظهر أولًا)
edit-icon = الأيقونة
edit-brand-placeholder = العلامة التجارية (كالجهة المُصدِرة)
edit-brand-label = اسم أيقونة العلامة التجارية
edit-icon-image = صورة…
edit-icon-reset = إعادة الضبط
edit-advanced = إعدادات الرمز (متقدم)
edit-advanced-warning = لا تغيّرها إلا لتطابق ما يستخدمه الموقع: القيم الخاطئة تجعل كل الرموز خاطئة. في حساب HOTP، اضبط العدّاد لإعادة المزامنة.
edit-reveal = السر ورمز QR…

## Settings

settings-title = الإعدادات
settings-language = اللغة
settings-language-system = كلغة النظام
settings-clipboard = مسح الحافظة بعد (ثوانٍ، 0 = أبدًا)
settings-show-next = إظهار الرمز التالي في آخر (ثوانٍ، 0 = أبدًا)
settings-auto-lock = قفل الملف الشخصي ذي كلمة المرور بعد (دقائق بلا نشاط، 0 = أبدًا)
settings-time-offset = تصحيح الوقت (ثوانٍ تُضاف إلى ساعة هذا الحاسوب إن كانت خاطئة)
settings-hide-codes = إخفاء الرموز حتى يكون المؤشر أو التركيز على صفها
settings-shortcut = اختصار النسخ السريع (من أي مكان في سطح المكتب؛ فارغ = بلا اختصار)
settings-quick-types = النسخ السريع يكتب الرمز في النافذة بدل نسخه (Shift+Enter يفعل العكس)
settings-start-at-login = تشغيل Sesame عند تسجيل دخولي
settings-close-to-tray = إغلاق النافذة يُبقي Sesame يعمل (في علبة النظام، أو مصغّرًا حيث لا توجد)
settings-lock-on-minimise = القفل عند تصغير النافذة
settings-theme = المظهر
theme-system = كالنظام
theme-light = فاتح
theme-dark = داكن
settings-weaker = القفل لاحقًا، أو مسح الحافظة لاحقًا، يجعل كل الملفات الشخصية أقل أمانًا: اكتب كلمة مرور ملفك الشخصي للحفظ.
settings-version = Sesame { $version }

## Asking for the profile's password again

owner-password = كلمة مرور ملفك الشخصي، { $purpose }
owner-weaken = لتخفيف هذه الإعدادات
owner-export = لتصدير حساباته
owner-backup = لنسخ حساباته احتياطيًا
owner-sync = لتشغيل المزامنة
owner-recovery = لإنشاء مفتاح استرداد
owner-allow = للسماح بذلك

## Password strength

strength-0 = سهلة التخمين جدًا
strength-1 = سهلة التخمين
strength-2 = مقبولة
strength-3 = قوية
strength-4 = قوية جدًا
strength-advice = أضِف بضع كلمات غير مألوفة

## Import

import-title = استيراد الحسابات
import-from = استيراد من { $app }
import-drop-label = أفلِت ملف التصدير هنا
import-drop = أفلِت هنا ملف تصدير من تطبيق مصادقة آخر أو من مدير كلمات مرور
import-choose = اختيار ملف…
import-password = ملف التصدير هذا من { $app } مشفّر. كلمة مروره:
import-key-file = ملف المفتاح، إن كان لقاعدة البيانات ملف
import-open = فتح
import-opening = جارٍ الفتح…
import-rows = ما سيفعله الاستيراد
import-new = جديد
import-duplicate = موجود هنا
import-error = يتعذّر استيراده
import-confirm =
    { $count ->
        [zero] لا حساب للاستيراد
        [one] استيراد حساب واحد
        [two] استيراد حسابين
        [few] استيراد { $count } حسابات
        [many] استيراد { $count } حسابًا
       *[other] استيراد { $count } حساب
    }

## Export

export-title = تصدير
export-sesame = نسخة Sesame الاحتياطية
export-sesame-about = مشفّرة بكلمة مرور؛ يُحفظ كل شيء
export-aegis-encrypted = Aegis، مشفّر
export-aegis-encrypted-about = يُفتح في Aegis بكلمة مروره
export-aegis = Aegis، غير مشفّر
export-aegis-about = خزنة غير مشفّرة بمجموعاتها وملاحظاتها
export-2fas-encrypted = 2FAS، مشفّر
export-2fas-encrypted-about = يُفتح في 2FAS بكلمة مروره؛ تُحفظ المجموعات
export-2fas = 2FAS، غير مشفّر
export-2fas-about = نسخة 2FAS احتياطية غير مشفّرة مع المجموعات
export-ente = Ente Auth
export-ente-about = تصدير Ente النصي، مع الوسوم والملاحظات والتثبيت
export-bitwarden = Bitwarden
export-bitwarden-about = ملف JSON غير مشفّر لـ Bitwarden؛ تُستثنى حسابات HOTP
export-keepassxc = قاعدة بيانات KeePassXC
export-keepassxc-about = ملف .kdbx بكلمة مرور؛ الرموز في حقل TOTP في KeePassXC، وتُستثنى حسابات HOTP
export-google-qr = رموز QR لـ Google Authenticator
export-google-qr-about = صور لمسحها بالهاتف (مجلد)
export-uris = روابط otpauth
export-uris-about = رابط في كل سطر، غير مشفّرة
export-qr = حساب واحد كرمز QR
export-qr-about = لنقله إلى هاتف
export-format = الصيغة
export-account = الحساب
export-password = كلمة مرور الملف
export-plain-ok = أفهم أن هذا الملف يحوي أسراري دون تشفير: من يحصل عليه يستطيع توليد رموزي.
export-folder = المجلد
export-file = الملف
export-path-placeholder = اختر مكان الحفظ
export-folder-title = مجلد صور QR
export-to-title = التصدير إلى
export-run = تصدير
exporting = جارٍ التصدير…
exported =
    { $count ->
        [zero] لم يُصدَّر أي حساب إلى { $where }.
        [one] صُدِّر حساب واحد إلى { $where }.
        [two] صُدِّر حسابان إلى { $where }.
        [few] صُدِّرت { $count } حسابات إلى { $where }.
        [many] صُدِّر { $count } حسابًا إلى { $where }.
       *[other] صُدِّر { $count } حساب إلى { $where }.
    }
exported-files =
    { $files ->
        [zero] لا ملفات
        [one] ملف واحد
        [two] ملفين
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    }
not-exported = لم يُصدَّر: { $what }

## Automatic backups

backup-title = النسخ الاحتياطي التلقائي
backup-state = يُنسخ احتياطيًا إلى { $folder } بعد ثوانٍ من كل تغيير، مع الاحتفاظ بآخر { $keep }.
backup-last = آخر نسخة: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
backup-restore = استعِد نسخة عبر الاستيراد؛ تُفتح بكلمة مرور النسخة وحدها.
backup-off = إيقاف
backup-now = نسخ احتياطي الآن
backup-about = بعد كل تغيير تُكتب نسخة Sesame مشفّرة في مجلد تختاره (قرص آخر، مجلد متزامن). تُفتح بكلمة مرورها الخاصة، فتنجو من ضياع سلسلة المفاتيح أو الحاسوب.
backup-folder = المجلد
backup-folder-title = مجلد النسخ الاحتياطية
backup-keep = عدد النسخ المحفوظة
backup-password = كلمة مرور النسخ
backup-on = تشغيل
backup-turning-on = جارٍ التشغيل…
sync-title = المزامنة
sync-about = اجعل حسابات هذا الملف الشخصي متطابقة على حواسيبك، عبر مجلد يزامنه Syncthing أو Nextcloud أو Dropbox أو OneDrive أو iCloud Drive، أو عبر خادم WebDAV. لا يُحفظ هناك إلا ملفات مشفرة؛ ولا تغادر عبارة المزامنة حواسيبك أبدًا.
sync-where = المزامنة عبر
sync-kind-folder = مجلد متزامن
sync-kind-webdav = خادم WebDAV (Nextcloud، ownCloud، …)
sync-folder = المجلد
sync-folder-title = مجلد المزامنة
sync-url = عنوان WebDAV
sync-user = اسم المستخدم
sync-dav-password = كلمة مرور WebDAV
sync-passphrase = عبارة المزامنة
sync-passphrase-note = على الحاسوب الأول اختر عبارة يصعب تخمينها؛ وعلى الحواسيب الأخرى اكتب العبارة نفسها.
sync-on = تشغيل المزامنة
sync-turning-on = جارٍ الاتصال…
sync-state = تجري المزامنة مع { $location }.
sync-last = آخر مزامنة: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
sync-never = لم تتم المزامنة بعد.
sync-devices = أجهزة أخرى: { $names }
sync-arrived = جلبت آخر مزامنة:
sync-problems = وجدت آخر مزامنة:
sync-now = زامن الآن
sync-off = إيقاف

## Profiles

profile-new-title = ملف شخصي جديد
profile-name = الاسم
profile-password = كلمة المرور
profile-repeat = أعد كتابة كلمة المرور
profile-keyring-hint = اترك كلمة المرور فارغة ليُفتح هذا الملف الشخصي بتسجيل دخولك (سلسلة مفاتيح النظام).
profile-no-keyring = لا توجد سلسلة مفاتيح للنظام هنا، لذا يحتاج الملف الشخصي إلى كلمة مرور.
passwords-differ = كلمتا المرور مختلفتان.
profile-create = إنشاء
password-title = كلمة مرور { $profile }
password-current = كلمة المرور الحالية
password-new = كلمة المرور الجديدة
password-repeat = أعد كتابتها
password-remove-hint = اتركها فارغة لإزالة كلمة المرور: سيُفتح الملف الشخصي عندئذٍ بتسجيل دخولك (سلسلة مفاتيح النظام).
password-add-hint = مع كلمة مرور، لن يُفتح هذا الملف الشخصي وحده بتسجيل دخولك.
recovery-title = مفتاح الاسترداد
recovery-write-down = اكتبه واحفظه في مكان آمن. يفتح { $profile } إن نُسيت كلمة المرور أو ضاعت سلسلة المفاتيح. لن يظهر إلا هذه المرة.
recovery-label = مفتاح الاسترداد
recovery-written = كتبته
recovery-about = يفتح مفتاح الاسترداد هذا الملف الشخصي حين لا يفتحه شيء آخر.
recovery-replaces = إنشاء مفتاح جديد يحل محل القديم، فيتوقف عن العمل.
recovery-create = إنشاء مفتاح استرداد
login-unlock-title = فتح { $profile } بتسجيل دخولك
login-unlock-hint = عندئذٍ سيفتح هذا الملف الشخصي دون كلمة مروره كلُّ من يستطيع استخدام حسابك على الحاسوب.
login-unlock-allow = سماح

## Quick copy

quick-label = النسخ السريع
quick-search-label = ابحث عن حساب لنسخ رمزه
quick-placeholder = اكتب لتجد حسابًا
quick-suggested = مقترح لـ «{ $window }»
quick-matches = النتائج
quick-next = التالي
quick-keys-copy = Enter ينسخ · Shift+Enter يكتب · Esc يُغلق
quick-keys-type = Enter يكتب · Shift+Enter ينسخ · Esc يُغلق

## Rust's own words: quick copy's outcome, notices, the tray

clock-warning = ساعة حاسوبك غير متزامنة مع توقيت الشبكة، لذا قد تكون الرموز خاطئة: فعّل ضبط الوقت التلقائي في إعدادات النظام.
notice-no-keyring = { $why }، لذا لا يستطيع Sesame حفظ مفتاحك فيها. اختر كلمة مرور لملفك الشخصي.
scan-no-code = لم يُعثر على رمز QR
scan-unusable = رمز مصادقة لا يستطيع Sesame استخدامه: { $why }
scan-batch = الجزء { $index } من { $size }
import-choose-first = اختر أولًا الملف المراد استيراده
import-nothing-previewed = لا يوجد استيراد معروض لتأكيده
backup-choose-password = اختر كلمة مرور للنسخ الاحتياطية
backup-not-a-folder = { $folder } ليس مجلدًا
password-advice = استخدم بضع كلمات غير مألوفة أو محارف أكثر
nothing-added = لم يُضَف شيء
integrity-damaged = سجل سلامة الملف الشخصي تالف: لا يمكن اكتشاف الإدخالات المحذوفة أو المُعادة إلى حالة سابقة حتى تؤكد سجلًا جديدًا
integrity-rolled-back = بيانات الملف الشخصي أقدم مما تتذكره سلسلة مفاتيح هذا الحاسوب (كُتبت { $written } مرة لا { $remembered }): أُعيدت قاعدة البيانات من نسخة أقدم، وقد تضيع التغييرات اللاحقة (عدّاد HOTP، حساب محذوف)
integrity-deleted = حُذف الإدخال { $id } خارج Sesame
integrity-older-copy = استُبدل بالإدخال { $id } نسخةٌ أقدم (الإصدار { $version }، والمتوقع { $expected })؛ ربما رجع عدّاد HOTP
integrity-mismatch = الإدخال { $id } لا يطابق سجل السلامة
integrity-foreign = لم يكتب Sesame الإدخال { $id } في هذا الملف الشخصي
sync-file-damaged = ملف الجهاز { $device } تالف، أو غيّره شخص لا يملك مفتاح المزامنة؛ تم تجاهله
sync-file-replayed = ملف الجهاز { $device } أقدم من ملف قُرئ من قبل (أُعيدت نسخة قديمة)؛ تم تجاهله
sync-own-rolled-back = استُبدل ملف هذا الجهاز في مكان المزامنة بنسخة أقدم؛ وكُتب من جديد
sync-kept-deleted-here = حُذف { $label } هنا بينما كان { $device } يغيّره؛ تم الإبقاء عليه
sync-kept-deleted-there = حُذف { $label } على { $device } بينما كان يُغيَّر هنا؛ تم الإبقاء عليه
sync-added = أُضيف { $label }
sync-changed = تغيّر { $label }
sync-removed = أُزيل { $label }
uri-warning-steam = تستخدم رموز Steam دائمًا SHA1 و30 ثانية وخمسة محارف؛ تُتجاهل قيم الرابط الأخرى
uri-warning-counter = المعامل counter مفقود؛ يبدأ العد من 0
uri-warning-issuer = المعامل issuer «{ $issuer }» يختلف عن بادئة التسمية «{ $prefix }»؛ يُستخدم «{ $issuer }»
import-aegis-icons = لا تُستورد أيقونات Aegis: يعرض Sesame أيقوناته
import-aegis-groups = الإدخالات الموجودة في عدة مجموعات في Aegis تحتفظ بأولاها فقط
import-bitwarden-encrypted = تصدير Bitwarden هذا مشفّر بمفتاح حسابك، ولا يستطيع استخدامه إلا Bitwarden: صدّره مجددًا «محميًا بكلمة مرور» أو بصيغة JSON عادية
import-bitwarden-steam = لا يحفظ Bitwarden جهة مُصدِرة لرموز Steam: الجهة Steam والحساب اسم العنصر
import-only-secret = حُفظ السر وحده: افتُرض SHA1 و6 أرقام و30 ثانية
import-proton-pass-pgp = تصدير Proton Pass هذا مشفّر بـ PGP: صدّره مجددًا دون تشفير (.zip أو .json) واستورده ثم احذفه
import-costly-aes-kdf = تطلب قاعدة البيانات هذه { $rounds } جولة من اشتقاق مفتاح AES؛ يرفض Sesame أكثر من { $max }
import-keepass-no-codes = لا يحتوي أي من إدخالاتها على رمز لمرة واحدة (حقل otp أو TOTP Seed أو حقلا TimeOtp وHmacOtp في KeePass)
import-not-xml = ليس ملف XML ({ $why })
import-not-preferences = ليس ملف تفضيلات أندرويد
import-duo-push = حساب إشعارات Duo: لا رمز فيه للاستيراد
import-duo-no-issuer = لا يحفظ Duo Mobile الجهة المصدِرة: يحتفظ كل حساب بالاسم الذي كان له في Duo
import-authy-newer = يستخدم هذا الرمز تشفير إصدارات Authy الأحدث، ولا يستطيع Sesame قراءته بعد
import-microsoft-push = حساب تسجيل دخول Microsoft بلا رمز: لا يمكن استيراده
import-not-database = ليست قاعدة بيانات SQLite قابلة للقراءة ({ $why })
import-secret-encoding = ترميز السر (base { $base }) غير معروف
import-sha1-assumed = لا يحفظ { $app } الخوارزمية: افتُرضت SHA1
import-sha1-30-assumed = لا يحفظ { $app } الخوارزمية ولا المدة: افتُرضت SHA1 و30 ثانية
import-google-no-period = تصديرات Google Authenticator بلا مدة: كل الرموز بمدة 30 ثانية
import-icon-unreadable = تعذّرت قراءة أيقونته، لذا يعرض Sesame أيقونته
import-no-accounts = لا يحوي أي حساب
import-not-text = الملف ليس نصًا
import-unsupported-kind = لا يدعم Sesame حسابات { $kind }
import-unknown-kind = نوع غير معروف «{ $kind }»
import-digits = لا يمكن أن يكون عدد الأرقام { $digits }
import-period-too-long = المدة طويلة جدًا
import-damaged = إدخال تالف: { $why }
import-item = العنصر { $number }
import-entry = الإدخال { $number }
import-line = السطر { $number }
import-row = الصف { $number }
import-an-entry = إدخال
import-missing-field = الملف بلا «{ $field }»
import-missing-list = لا توجد قائمة «{ $field }»
import-no-key-slots = الخزنة المشفّرة بلا خانات مفاتيح مقروءة
import-no-nonce = الخزنة المشفّرة بلا nonce وtag
import-too-many-slots = في هذه الخزنة { $slots } خانة كلمة مرور؛ يجرّب Sesame { $max } على الأكثر
import-field-not-base64 = «{ $field }» ليس Base64
import-does-not-decrypt = لا تُفك البيانات بمفتاح الملف: الملف تالف
import-decrypted-not-json = البيانات المفكوكة تالفة ({ $why })
import-expected-list = المتوقع قائمة إدخالات
import-too-short = الملف أقصر من أن يكون نسخة مشفّرة
import-cut-short = النسخة المشفّرة مقطوعة
import-not-export = ليس تصديرًا من { $app } ({ $why })
import-not-csv = ليس ملف CSV ({ $why })
import-bad-nonce = الـ nonce ليس ترويسة secretstream
import-not-json = ليس JSON صالحًا ({ $why })
import-not-sesame = ليست نسخة Sesame احتياطية
import-newer-backup = هذه النسخة من الإصدار { $version } وكتبها Sesame أحدث: حدّث Sesame لقراءتها
import-not-argon2id = { $algorithm }، بينما يكتب Sesame الخوارزمية argon2id
import-costly-memory = يطلب هذا الملف { $asked } من الذاكرة لفتحه؛ يرفض Sesame أكثر من { $max }
import-costly-passes = يطلب هذا الملف { $passes } تمريرة على { $memory } لفتحه، أكثر بكثير مما يكتبه { $app }؛ يرفض Sesame أكثر من { $max } إجمالًا
import-costly-scrypt = يطلب هذا الملف scrypt بالمعاملات { $parameters } لفتحه، أي { $times } أضعاف ما يكتبه Aegis؛ يرفض Sesame أكثر من 8 أضعاف
import-costly-pbkdf2 = يطلب هذا الملف { $iterations } تكرارًا من PBKDF2 لفتحه، أكثر بكثير مما يكتبه { $app }؛ يرفض Sesame أكثر من { $max }
entry-undecryptable = تتعذّر قراءته مفكوكًا: إنه تالف أو نُقل من ملف شخصي آخر
quick-copied = نُسخ
quick-typed = كُتب
quick-clears = { $what }؛ ستُمسح الحافظة بعد { $seconds } ث
quick-copied-instead = { $why }، لذا نُسخ الرمز بدلًا من ذلك
quick-no-target = لا يعرف Sesame في أي نافذة يكتب
quick-typing-failed = فشلت الكتابة
quick-cannot-focus = لا يستطيع Sesame إعادة التركيز إلى تلك النافذة
quick-lost-keyboard = لم تعد «{ $window }» تستقبل لوحة المفاتيح
quick-cannot-type = لا يسمح هذا النظام لـ Sesame بالكتابة في نوافذ أخرى
quick-keys-refused = رفض هذا النظام المفاتيح المكتوبة
tray-copy = نسخ { $name }
tray-open = فتح Sesame
tray-quick-copy = نسخ سريع…
tray-lock = قفل
tray-quit = إنهاء

## The desktop file (packaging/sesame.desktop; tests/packaging.rs keeps it equal to these)

desktop-generic-name = أداة المصادقة
desktop-comment = رموز التحقق بخطوتين على سطح مكتبك
desktop-keywords = 2FA;التحقق بخطوتين;مصادقة;OTP;TOTP;رمز;تسجيل الدخول;
desktop-quick-copy = نسخ سريع

## Errors and notices of Rust's core: their English is Rust's own (the CLI's words)

core-as-is = { $message }
core-file-empty = الملف فارغ
core-uri-empty = الرابط فارغ
core-uri-not-a-uri = ليس رابطًا: المتوقع otpauth://TYPE/LABEL?secret=…
core-uri-scheme = ليس رابط otpauth: المخطط هو «{ $scheme }»
core-uri-migration = يحوي رابط otpauth-migration هذا دفعة من الحسابات لا حسابًا واحدًا
core-uri-missing-type = نوع الرمز مفقود: المتوقع otpauth://totp/ أو otpauth://hotp/ أو otpauth://steam/
core-uri-type = نوع الرمز «{ $type }» غير مدعوم: يقرأ Sesame الأنواع totp وhotp وsteam
core-uri-label-encoding = التسمية ليست UTF-8 صالحًا بعد فك ترميزها
core-uri-duplicate = المعامل «{ $parameter }» مكرر
core-uri-missing-secret = المعامل secret مفقود
core-uri-empty-secret = السر فارغ
core-uri-secret-symbol = السر ليس Base32 صالحًا: «{ $found }» غير متوقع في الموضع { $position }
core-uri-secret-length = السر ليس Base32 صالحًا: { $count } محرفًا لا تكوّن بايتات كاملة
core-uri-algorithm = خوارزمية غير معروفة «{ $algorithm }»
core-uri-not-a-number = يجب أن يكون { $name } عددًا صحيحًا، لا «{ $value }»
core-uri-steam-hotp = رموز Steam مبنية على الوقت: لا ينطبق encoder=steam على رابط hotp
core-param-digits = يجب أن يكون عدد الأرقام بين { $min } و{ $max }، لا { $digits }
core-param-period = يجب أن تكون المدة بين 1 و{ $max } ثانية، لا { $period }
core-param-steam = تستخدم رموز Steam دائمًا SHA1 وخمسة محارف
core-migration-scheme = ليس رابط otpauth-migration: المخطط هو «{ $scheme }»
core-migration-missing-data = رابط otpauth-migration بلا المعامل data
core-migration-base64 = بيانات النقل ليست Base64 صالحًا
core-migration-protobuf = بيانات النقل ليست تصديرًا من Google Authenticator: { $why }
core-migration-empty = دفعة النقل لا تحوي أي حساب
core-migration-batch-index = الجزء { $index } خارج دفعة من { $size }
core-migration-batch-too-large = يدّعي هذا التصدير { $count } رمز QR؛ يقرأ Sesame تصديرات من { $max } على الأكثر
core-migration-entry = الحساب { $position } من الدفعة ({ $label }): { $reason }
core-qr-too-large = الملف أكبر من { $mib } ميبيبايت
core-qr-unknown-format = ليست صورة يستطيع Sesame قراءتها (PNG أو JPEG أو WebP أو GIF أو BMP)
core-qr-dimensions = الصورة أكبر من أن تُمسح: { $side } بكسل للضلع و{ $megapixels } ميغابكسل و{ $alloc } ميبيبايت بعد فك الضغط على الأكثر
core-qr-damaged = الصورة تالفة أو مقطوعة: { $why }
core-vault-data-dir = تعذّر استخدام مجلد البيانات { $path }: { $reason }
core-vault-not-a-database = { $path } ليس قاعدة بيانات Sesame ({ $why })؛ لم يُمسّ
core-vault-damaged = قاعدة البيانات { $path } تالفة ({ $why })؛ لم تُمسّ
core-vault-newer-schema = كتب قاعدةَ البيانات { $path } إصدارٌ أحدث من Sesame (المخطط { $schema })؛ حدّث Sesame
core-vault-disk-full = القرص ممتلئ: لم يُكتب شيء
core-vault-read-only = مجلد البيانات للقراءة فقط: لم يُكتب شيء
core-vault-busy = قاعدة البيانات مشغولة (نسخة أخرى من Sesame تكتب فيها)؛ أعد المحاولة
core-vault-database = خطأ في قاعدة البيانات: { $why }
core-vault-no-profile = لا يوجد ملف شخصي باسم «{ $profile }»
core-vault-profile-exists = يوجد ملف شخصي باسم «{ $profile }» من قبل
core-vault-invalid-name = اسم الملف الشخصي من 1 إلى 64 محرفًا، دون محارف تحكم
core-vault-wrong-password = كلمة مرور خاطئة للملف الشخصي { $profile }
core-vault-locked = الملف الشخصي { $profile } مقفل
core-vault-wrong-recovery-key = مفتاح استرداد خاطئ للملف الشخصي { $profile }
core-vault-no-password = ليس للملف الشخصي { $profile } كلمة مرور
core-vault-no-password-to-remove = ليس للملف الشخصي { $profile } كلمة مرور لإزالتها
core-vault-no-recovery-key = ليس للملف الشخصي { $profile } مفتاح استرداد
core-vault-no-keyring-key = ليس للملف الشخصي { $profile } مفتاح في سلسلة المفاتيح
core-vault-keyring-unavailable = الملف الشخصي { $profile } محمي بسلسلة المفاتيح، لكن { $why }؛ افتحه بكلمة مروره أو مفتاح استرداده
core-vault-key-missing = مفتاح الملف الشخصي { $profile } غير موجود في سلسلة المفاتيح (أو السلسلة مقفلة)؛ افتحه بكلمة مروره أو مفتاح استرداده
core-vault-damaged-slot = أحد مفاتيح الملف الشخصي { $profile } تالف
core-vault-damaged-settings = إعدادات الملف الشخصي { $profile } تالفة؛ أعد إعداد نسخه الاحتياطية التلقائية
core-vault-last-slot = سيترك هذا الملف الشخصي { $profile } بلا أي طريقة لفتحه
core-vault-no-entry = لا يوجد في هذا الملف الشخصي إدخال رقمه { $id }
core-vault-integrity = سجل سلامة الملف الشخصي { $profile } تالف أو أقدم مما يتذكره هذا الحاسوب، فلا يستطيع Sesame معرفة ما إذا حُذفت إدخالات أو أُعيدت إلى حالة سابقة؛ راجع الحسابات ثم أكّد لبدء سجل جديد
core-sync-not-enabled = الملف الشخصي { $profile } لا يُزامَن: اضبط المزامنة أولًا (sync enable، أو الإعدادات في التطبيق)
core-sync-already-enabled = الملف الشخصي { $profile } يُزامَن بالفعل مع { $location }؛ أوقف المزامنة أولًا لاستخدام مكان آخر
core-sync-wrong-passphrase = عبارة المزامنة خاطئة: لم يُقرأ أو يُكتب أي شيء
core-sync-unreachable = تعذّر الوصول إلى { $location } ({ $why })؛ لم يُفقد شيء، وستحاول المزامنة التالية مرة أخرى
core-sync-webdav-refused = رفض خادم WebDAV في { $url } اسم المستخدم أو كلمة المرور
core-sync-set-missing = لم يعد { $location } يحتوي على مجموعة مزامنة هذا الملف الشخصي؛ لم يتغير شيء هنا (إذا نُقل المجلد، أوقف المزامنة ثم اضبطها في المكان الجديد)
core-sync-bad-set = لا يمكن استخدام ملف sesame-sync.json لمجموعة المزامنة: { $why }؛ لم يتغير شيء
core-sync-integrity = وجد فحص سلامة الملف الشخصي { $profile } مشكلات: عالجها قبل المزامنة حتى لا تنتقل إلى الأجهزة الأخرى
core-mirror-folder = تعذّرت قراءة المجلد { $dir }: { $why }
core-mirror-format = تتبع المرآة النسخ الاحتياطية التلقائية لـ { $formats }؛ و«{ $format }» ليس منها
core-mirror-already = المجلد { $dir } متتبَّع بالفعل
core-mirror-not-followed = المجلد { $dir } غير متتبَّع
core-mirror-backup = تعذّرت قراءة النسخة الاحتياطية { $file }: { $why }
core-vault-recovery-format = مفتاح الاسترداد غير صالح: { $why }
core-settings-clipboard = يمكن مسح الحافظة بعد 0 (أبدًا) إلى 600 ثانية
core-settings-show-next = يمكن إظهار الرمز التالي في آخر 0 (أبدًا) إلى 30 ثانية
core-settings-auto-lock = يمكن أن يكون القفل التلقائي بعد 0 (أبدًا) إلى 1440 دقيقة
core-settings-time-offset = تصحيح الوقت ساعة على الأكثر في أي اتجاه (3600 ثانية)
core-settings-shortcut = اختصار النسخ السريع طويل جدًا
core-settings-language = ليس لدى Sesame فهرس للغة «{ $language }»
core-settings-write = تعذّر حفظ الإعدادات: { $why }
core-import-too-large = الملف أكبر من { $mib } ميبيبايت، وهو أقصى حجم للتصدير
core-import-unknown-format = ليس تصديرًا يعرفه Sesame: المتوقع واحد من { $formats }
core-import-not-this-format = ليس { $app }: { $reason }
core-import-needs-password = تصدير { $app } هذا مشفّر: يلزم كلمة مروره
core-import-wrong-password = كلمة مرور خاطئة
core-import-parameters = معاملات تشفير الملف خارج النطاق المسموح: { $why }
core-import-summary =
    { $written ->
        [yes] استُورد: { $new }
       *[no] سيُستورد: { $new }
    }{ $duplicates ->
        [0] {""}
       *[other] ، وتُخطّي المكرر: { $duplicates }
    }{ $failed ->
        [0] {""}
       *[other] ، وتعذّر استيراد { $failed }: { $errors }
    }
core-export-empty = لا شيء للتصدير
core-export-needs-password = صيغة { $format } مشفّرة: تلزم كلمة مرور
core-export-one-entry = صيغة qr تحمل حسابًا واحدًا: اختره بالخيار --entry
core-export-nothing-fits = لا يناسب أي حساب صيغة { $format }: { $why }
core-export-kdf = فشل اشتقاق المفتاح: { $why }
core-weak-password-first-guesses = كلمة المرور هذه سهلة التخمين جدًا (ستكون من أول التخمينات): { $why }
core-weak-password-minutes = كلمة المرور هذه سهلة التخمين جدًا (سيخمّنها حاسوب في دقائق): { $why }
core-keyring-no-service = لا تتوفر خدمة سلسلة مفاتيح ({ $why })
core-keyring-locked = سلسلة المفاتيح مقفلة أو رفضت الوصول؛ افتحها وأعد المحاولة
core-keyring-failed = فشلت سلسلة المفاتيح: { $why }
core-icon = تعذّر استخدام هذه الصورة أيقونةً: { $why }
core-capture-clipboard = تعذّرت قراءة الحافظة: { $why }
core-capture-no-image = لا توجد صورة في الحافظة
core-capture-screen = تعذّر التقاط الشاشة: { $why }
core-scan-missing-batches =
    { $several ->
        [yes] في تصدير Google Authenticator هذا { $size } رمز QR، والرموز { $missing } مفقودة: أضِفها أيضًا وإلا فلن تُضمّن حساباتها
       *[no] في تصدير Google Authenticator هذا { $size } رمز QR، والرمز { $missing } مفقود: أضِفه أيضًا وإلا فلن تُضمّن حساباته
    }
core-advice-straight-rows = صفوف المفاتيح المتتالية سهلة التخمين.
core-advice-short-patterns = أنماط لوحة المفاتيح القصيرة سهلة التخمين.
core-advice-repeats-aaa = التكرار مثل «aaa» سهل التخمين.
core-advice-repeats-abcabc = التكرار مثل «abcabcabc» أصعب قليلًا فقط من «abc».
core-advice-top-10 = هذه من أشيع 10 كلمات مرور.
core-advice-top-100 = هذه من أشيع 100 كلمة مرور.
core-advice-common = هذه كلمة مرور شائعة جدًا.
core-advice-similar = هذه تشبه كلمة مرور شائعة الاستخدام.
core-advice-sequences = التسلسلات مثل abc أو 6543 سهلة التخمين.
core-advice-recent-years = السنوات الأخيرة سهلة التخمين.
core-advice-one-word = الكلمة الواحدة وحدها سهلة التخمين.
core-advice-dates = التواريخ غالبًا سهلة التخمين.
core-advice-names = الأسماء وأسماء العائلة وحدها سهلة التخمين.
core-advice-common-names = الأسماء وأسماء العائلة الشائعة سهلة التخمين.
core-advice-few-words = استخدم بضع كلمات وتجنّب العبارات الشائعة.
core-advice-no-symbols-needed = لا حاجة إلى رموز أو أرقام أو حروف كبيرة.
core-advice-another-word = أضِف كلمة أو كلمتين. الكلمات غير المألوفة أفضل.
core-advice-capitals = الحروف الكبيرة لا تساعد كثيرًا.
core-advice-all-capitals = الحروف الكبيرة كلها تكاد تكون بسهولة تخمين الصغيرة كلها.
core-advice-reversed = الكلمات المعكوسة ليست أصعب تخمينًا بكثير.
core-advice-substitutions = الاستبدالات المتوقعة مثل «@» بدل «a» لا تساعد كثيرًا.
core-advice-longer-pattern = استخدم نمط لوحة مفاتيح أطول وبانعطافات أكثر.
core-advice-avoid-repeats = تجنّب تكرار الكلمات والمحارف.
core-advice-avoid-sequences = تجنّب التسلسلات.
core-advice-avoid-recent-years = تجنّب السنوات الأخيرة.
core-advice-avoid-your-years = تجنّب السنوات المرتبطة بك.
core-advice-avoid-your-dates = تجنّب التواريخ والسنوات المرتبطة بك.
