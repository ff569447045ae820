### Слова Sesame на русском.

# Whether a fluent speaker has reviewed this catalogue: "yes" or "no".
-reviewed = no

## The window

app-name = Sesame
data-error-title = Sesame не может открыть свои данные
something-went-wrong = Что-то пошло не так.
cancel = Отмена
close = Закрыть
done = Готово
save = Сохранить
choose = Выбрать…
part-failed = Sesame не удалось загрузить эту часть окна. Переустановка Sesame должна это исправить.
again = Ещё раз

## The header and its menu

header-profile = Профиль
header-add = Добавить
header-add-title = Добавить аккаунт (Ctrl+N)
header-lock = Заблокировать
header-lock-label = Заблокировать { $profile }
header-menu = Ещё
menu-new-profile = Новый профиль…
menu-password = Пароль…
menu-recovery = Ключ восстановления…
menu-import = Импорт…
menu-export = Экспорт…
menu-backups = Резервные копии…
menu-sync = Синхронизация…
menu-settings = Настройки…
menu-login-unlock-stop = Не разблокировать при входе в систему
menu-login-unlock-start = Разблокировать и при входе в систему

## Adding accounts: the first screen and the Add dialog

empty-title = Добавьте первый аккаунт
empty-lead = Где сайт показал настройку?
add-title = Добавить аккаунт
add-scan-screen = Найти QR-код на моём экране
add-scan-screen-hint = Сайт сейчас показывает QR-код — Sesame его найдёт.
add-open-image = Открыть картинку с QR-кодом…
add-open-image-hint = Снимок экрана или сохранённая картинка. Её можно и перетащить или вставить сюда.
add-type-key = Ввести ключ вручную…
add-type-key-hint = Сайт показывает ключ из букв и цифр.
add-import = Перенести из другого приложения…
add-import-hint = Aegis, 2FAS, Google Authenticator и другие.
add-link = Вставить ссылку настройки (для опытных)
add-link-label = Ссылка настройки (otpauth://…)
add-link-submit = Добавить
add-drop = Отпустите картинку с QR-кодом, чтобы её отсканировать, или файл экспорта, чтобы его импортировать
accounts-added =
    { $count ->
        [one] Добавлен { $count } аккаунт.
        [few] Добавлено { $count } аккаунта.
        [many] Добавлено { $count } аккаунтов.
       *[other] Добавлено { $count } аккаунта.
    }
account-added = { $name }: добавлено.
accounts-saved =
    { $count ->
        [one] Сохранён { $count } аккаунт.
        [few] Сохранено { $count } аккаунта.
        [many] Сохранено { $count } аккаунтов.
       *[other] Сохранено { $count } аккаунта.
    }
tip-quick-copy = Совет: нажмите { $shortcut } где угодно, найдите аккаунт — и код скопирован.
tip-search = Совет: начните печатать, чтобы найти аккаунт, и нажмите Enter, чтобы скопировать код.
tip-dismiss = Понятно

## The list

search-label = Поиск аккаунтов
search-placeholder = Поиск
order-title = Изменить порядок
order-custom = Мой порядок
order-issuer = А–Я
order-used = Частые
order-recent = Недавние
groups-label = Группы
group-all = Все
accounts-label = Аккаунты
no-match = Нет аккаунтов по запросу «{ $query }».
unnamed-account = Аккаунт без названия
copy-title = Скопировать код
favourite = Избранное
copied = Скопировано
next-code-label = Следующий код
next-code-shown = далее { $code }
seconds-left-title = Осталось секунд
seconds-left =
    { $seconds ->
        [one] Осталась { $seconds } секунда
        [few] Осталось { $seconds } секунды
        [many] Осталось { $seconds } секунд
       *[other] Осталось { $seconds } секунды
    }
next-code-for = Следующий код для { $name }
edit = Изменить
edit-label = Изменить { $name }
remove = Удалить
remove-label = Удалить { $name }
codes-change-in =
    { $seconds ->
        [one] Коды сменятся через { $seconds } секунду
        [few] Коды сменятся через { $seconds } секунды
        [many] Коды сменятся через { $seconds } секунд
       *[other] Коды сменятся через { $seconds } секунды
    }
copied-code = Код для { $name } скопирован.
copied-code-clears =
    { $seconds ->
        [one] Код для { $name } скопирован; буфер обмена очистится через { $seconds } секунду.
        [few] Код для { $name } скопирован; буфер обмена очистится через { $seconds } секунды.
        [many] Код для { $name } скопирован; буфер обмена очистится через { $seconds } секунд.
       *[other] Код для { $name } скопирован; буфер обмена очистится через { $seconds } секунды.
    }

## Banners

removed = { $name }: удалено.
undo = Вернуть
remind-recovery = Этот профиль хранится только в связке ключей системы; если её сбросить, аккаунты пропадут.
remind-recovery-action = Создать ключ восстановления
remind-backup = У этих аккаунтов пока нет резервной копии.
remind-backup-action = Настроить автоматические копии
integrity-wait = Пока вы не подтвердите, Sesame ничего не меняет в этом профиле.
integrity-confirm = Я проверил аккаунты: начать новую запись

## First start and the lock screen

welcome-title = Добро пожаловать в Sesame
welcome-password = Пароль для вашего профиля
welcome-create = Создать профиль
locked-title = { $profile } заблокирован
unlock-password = Пароль
unlock-recovery-key = Ключ восстановления
unlock = Разблокировать
unlocking = Разблокировка…
use-recovery-key = Использовать ключ восстановления
use-password = Использовать пароль
try-keyring = Снова попробовать связку ключей

## Scan preview

scan-found = Найденные аккаунты
scan-none = Аккаунты не найдены
scan-not-a-code = Это не код аутентификатора: { $what } ({ $preview })
scan-kind-url = веб-ссылка
scan-kind-wifi = настройки Wi-Fi
scan-kind-text = текст
scan-save =
    { $count ->
        [one] Сохранить { $count } аккаунт
        [few] Сохранить { $count } аккаунта
        [many] Сохранить { $count } аккаунтов
       *[other] Сохранить { $count } аккаунта
    }
meta-digits =
    { $digits ->
        [one] { $digits } цифра
        [few] { $digits } цифры
        [many] { $digits } цифр
       *[other] { $digits } цифры
    }
meta-characters =
    { $digits ->
        [one] { $digits } символ
        [few] { $digits } символа
        [many] { $digits } символов
       *[other] { $digits } символа
    }
meta-period = { $seconds } с
meta-already-added = уже добавлен

## Typing a setup key

manual-title = Добавить аккаунт по ключу
manual-issuer = Сервис (сайт или приложение)
manual-account = Аккаунт (ваше имя или адрес там)
manual-secret = Ключ настройки
manual-advanced = Параметры кода (только если сайт их указывает)
manual-code-now = Код сейчас:
manual-seconds = ({ $seconds } с)
manual-type-key = Введите ключ, чтобы увидеть код.
manual-add = Добавить

## Code settings

params-type = Тип
params-totp = По времени
params-hotp = По счётчику (HOTP)
params-steam = Steam
params-algorithm = Алгоритм
params-digits = Цифр
params-period = Период (секунды)
params-counter = Счётчик (следующего кода)

## Editing an account

edit-title = Изменить аккаунт
reveal-title = Секрет и QR-код
reveal-qr-alt = QR-код этого аккаунта, чтобы отсканировать телефоном
reveal-warning = Любой, кто это увидит, сможет получать ваши коды. Закройте, когда закончите.
reveal-password = Пароль профиля, чтобы показать секрет
reveal-caution = С этим секретом кто угодно сможет получать коды аккаунта: показывайте его, только когда никто не видит.
reveal-show = Показать
edit-issuer = Сервис
edit-account = Аккаунт
edit-group = Группа
edit-note = Заметка
edit-favourite = В избранное (показывать первым)
edit-icon = Значок
edit-brand-placeholder = Бренд (как у сервиса)
edit-brand-label = Название значка бренда
edit-icon-image = Картинка…
edit-icon-reset = Сбросить
edit-advanced = Параметры кода (для опытных)
edit-advanced-warning = Меняйте их, только чтобы они совпали с настройками сайта: неверные значения испортят все коды. Для HOTP-аккаунта укажите счётчик, чтобы синхронизировать его снова.
edit-reveal = Секрет и QR…

## Settings

settings-title = Настройки
settings-language = Язык
settings-language-system = Как в системе
settings-clipboard = Очищать буфер обмена через (секунд, 0 — никогда)
settings-show-next = Показывать следующий код за (секунд до смены, 0 — никогда)
settings-auto-lock = Блокировать профиль с паролем через (минут без действий, 0 — никогда)
settings-time-offset = Поправка времени (секунды к часам этого компьютера, если они неточны)
settings-hide-codes = Скрывать коды, пока на строке нет указателя или фокуса
settings-shortcut = Сочетание клавиш быстрого копирования (в любом месте; пусто — нет)
settings-quick-types = Быстрое копирование вводит код в окно вместо копирования (Shift+Enter — наоборот)
settings-start-at-login = Запускать Sesame при входе в систему
settings-close-to-tray = При закрытии окна Sesame продолжает работать (в трее или свёрнутым, если трея нет)
settings-lock-on-minimise = Блокировать при сворачивании окна
settings-theme = Тема
theme-system = Как в системе
theme-light = Светлая
theme-dark = Тёмная
settings-weaker = Поздняя блокировка или поздняя очистка буфера делают все профили менее защищёнными: введите пароль профиля, чтобы сохранить.
settings-version = Sesame { $version }

## Asking for the profile's password again

owner-password = Пароль профиля — { $purpose }
owner-weaken = чтобы ослабить эти настройки
owner-export = чтобы экспортировать аккаунты
owner-backup = чтобы создавать резервные копии
owner-sync = чтобы включить синхронизацию
owner-recovery = чтобы создать ключ восстановления
owner-allow = чтобы разрешить это

## Password strength

strength-0 = Угадать очень легко
strength-1 = Угадать легко
strength-2 = Средне
strength-3 = Надёжно
strength-4 = Очень надёжно
strength-advice = добавьте несколько необычных слов

## Import

import-title = Импорт аккаунтов
import-from = Импорт из { $app }
import-drop-label = Перетащите сюда файл экспорта
import-drop = Перетащите сюда экспорт из другого приложения-аутентификатора или менеджера паролей
import-choose = Выбрать файл…
import-password = Этот экспорт { $app } зашифрован. Его пароль:
import-key-file = Файл-ключ, если он есть у базы
import-open = Открыть
import-opening = Открытие…
import-rows = Что сделает импорт
import-new = новый
import-duplicate = уже есть
import-error = нельзя импортировать
import-confirm =
    { $count ->
        [one] Импортировать { $count } аккаунт
        [few] Импортировать { $count } аккаунта
        [many] Импортировать { $count } аккаунтов
       *[other] Импортировать { $count } аккаунта
    }

## Export

export-title = Экспорт
export-sesame = Резервная копия Sesame
export-sesame-about = зашифрована паролем; сохраняется всё
export-aegis-encrypted = Aegis, зашифрованный
export-aegis-encrypted-about = открывается в Aegis с паролем
export-aegis = Aegis, без шифрования
export-aegis-about = незашифрованное хранилище с группами и заметками
export-2fas-encrypted = 2FAS, с шифрованием
export-2fas-encrypted-about = открывается в 2FAS с паролем; группы сохраняются
export-2fas = 2FAS, без шифрования
export-2fas-about = незашифрованная копия 2FAS с группами
export-ente = Ente Auth
export-ente-about = текстовый экспорт Ente с метками, заметками и закреплением
export-bitwarden = Bitwarden
export-bitwarden-about = незашифрованный JSON для Bitwarden; учётные записи HOTP не входят
export-keepassxc = База KeePassXC
export-keepassxc-about = файл .kdbx с паролем; коды в поле TOTP KeePassXC, учётные записи HOTP не входят
export-google-qr = QR-коды Google Authenticator
export-google-qr-about = картинки для телефона (папка)
export-uris = Ссылки otpauth
export-uris-about = по одной в строке, без шифрования
export-qr = Один аккаунт QR-кодом
export-qr-about = чтобы перенести его на телефон
export-format = Формат
export-account = Аккаунт
export-password = Пароль для файла
export-plain-ok = Я понимаю, что в этом файле мои секреты не зашифрованы: любой, кто его получит, сможет получать мои коды.
export-folder = Папка
export-file = Файл
export-path-placeholder = Выберите, куда сохранить
export-folder-title = Папка для картинок с QR-кодами
export-to-title = Экспортировать в
export-run = Экспортировать
exporting = Экспорт…
exported =
    { $count ->
        [one] Экспортирован { $count } аккаунт в { $where }.
        [few] Экспортировано { $count } аккаунта в { $where }.
        [many] Экспортировано { $count } аккаунтов в { $where }.
       *[other] Экспортировано { $count } аккаунта в { $where }.
    }
exported-files =
    { $files ->
        [one] { $files } файл
        [few] { $files } файла
        [many] { $files } файлов
       *[other] { $files } файла
    }
not-exported = Не экспортировано: { $what }

## Automatic backups

backup-title = Автоматические резервные копии
backup-state = Копия сохраняется в { $folder } через несколько секунд после каждого изменения; хранятся последние { $keep }.
backup-last = Последняя копия: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
backup-restore = Восстановить копию можно через «Импорт»; ей нужен только её пароль.
backup-off = Выключить
backup-now = Сохранить копию сейчас
backup-about = После каждого изменения зашифрованная копия Sesame записывается в выбранную вами папку (другой диск, синхронизируемая папка). У неё свой пароль, поэтому она переживёт потерю связки ключей или компьютера.
backup-folder = Папка
backup-folder-title = Папка для резервных копий
backup-keep = Сколько копий хранить
backup-password = Пароль копий
backup-on = Включить
backup-turning-on = Включение…
sync-title = Синхронизация
sync-about = Аккаунты этого профиля будут одинаковыми на всех ваших компьютерах — через папку, которую синхронизирует Syncthing, Nextcloud, Dropbox, OneDrive или iCloud Drive, или через сервер WebDAV. Туда попадают только зашифрованные файлы; фраза синхронизации не покидает ваши компьютеры.
sync-where = Синхронизировать через
sync-kind-folder = Синхронизируемую папку
sync-kind-webdav = Сервер WebDAV (Nextcloud, ownCloud, …)
sync-folder = Папка
sync-folder-title = Папка для синхронизации
sync-url = Адрес WebDAV
sync-user = Имя пользователя
sync-dav-password = Пароль WebDAV
sync-passphrase = Фраза синхронизации
sync-passphrase-note = На первом компьютере придумайте фразу, которую трудно угадать; на остальных введите ту же.
sync-on = Включить синхронизацию
sync-turning-on = Подключение…
sync-state = Синхронизация с { $location }.
sync-last = Последняя синхронизация: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
sync-never = Ещё не синхронизировано.
sync-devices = Другие устройства: { $names }
sync-arrived = Последняя синхронизация принесла:
sync-problems = Последняя синхронизация обнаружила:
sync-now = Синхронизировать
sync-off = Выключить

## Profiles

profile-new-title = Новый профиль
profile-name = Имя
profile-password = Пароль
profile-repeat = Повторите пароль
profile-keyring-hint = Оставьте пароль пустым, чтобы профиль открывался при входе в систему (через связку ключей).
profile-no-keyring = Связки ключей здесь нет, поэтому профилю нужен пароль.
passwords-differ = Пароли не совпадают.
profile-create = Создать
password-title = Пароль для { $profile }
password-current = Текущий пароль
password-new = Новый пароль
password-repeat = Повторите его
password-remove-hint = Оставьте пустым, чтобы убрать пароль: тогда профиль будет открываться при входе в систему (через связку ключей).
password-add-hint = С паролем этот профиль больше не будет открываться сам при входе в систему.
recovery-title = Ключ восстановления
recovery-write-down = Запишите его и храните в надёжном месте. Он откроет { $profile }, если пароль забыт или связка ключей потеряна. Он показывается только один раз.
recovery-label = Ключ восстановления
recovery-written = Я его записал
recovery-about = Ключ восстановления откроет этот профиль, когда ничто другое не поможет.
recovery-replaces = Новый ключ заменит старый, и тот перестанет работать.
recovery-create = Создать ключ восстановления
login-unlock-title = Открывать { $profile } при входе в систему
login-unlock-hint = Тогда любой, кто может войти в вашу учётную запись на компьютере, откроет этот профиль без пароля.
login-unlock-allow = Разрешить

## Quick copy

quick-label = Быстрое копирование
quick-search-label = Найдите аккаунт, чтобы скопировать его код
quick-placeholder = Начните вводить название аккаунта
quick-suggested = Подходит для «{ $window }»
quick-matches = Совпадения
quick-next = далее
quick-keys-copy = Enter — копировать · Shift+Enter — ввести · Esc — закрыть
quick-keys-type = Enter — ввести · Shift+Enter — копировать · Esc — закрыть

## Rust's own words: quick copy's outcome, notices, the tray

clock-warning = Часы компьютера не синхронизированы с сетевым временем, поэтому коды могут быть неверными: включите автоматическую установку времени в настройках системы.
notice-no-keyring = { $why }, поэтому Sesame не может хранить в ней ваш ключ. Задайте пароль для профиля.
scan-no-code = QR-код не найден
scan-unusable = код аутентификатора, который Sesame не может использовать: { $why }
scan-batch = часть { $index } из { $size }
import-choose-first = сначала выберите файл для импорта
import-nothing-previewed = нет просмотренного импорта, который можно подтвердить
backup-choose-password = задайте пароль для резервных копий
backup-not-a-folder = { $folder } — не папка
password-advice = возьмите несколько редких слов или больше символов
nothing-added = ничего не добавлено
integrity-damaged = журнал целостности профиля повреждён: удалённые или откатившиеся записи нельзя обнаружить, пока вы не подтвердите новый
integrity-rolled-back = данные профиля старее, чем помнит связка ключей этого компьютера (записаны { $written } раз, а не { $remembered }): базу вернули из более ранней копии, и поздние изменения (счётчик HOTP, удалённый аккаунт) могут быть отменены
integrity-deleted = запись { $id } удалена не через Sesame
integrity-older-copy = запись { $id } заменена более старой копией (версия { $version }, ожидалась { $expected }); счётчик HOTP мог откатиться
integrity-mismatch = запись { $id } не совпадает с журналом целостности
integrity-foreign = запись { $id } записана в этот профиль не Sesame
sync-file-damaged = файл устройства { $device } повреждён или изменён кем-то без ключа синхронизации; он пропущен
sync-file-replayed = файл устройства { $device } старее уже прочитанного (вернули старую копию); он пропущен
sync-own-rolled-back = файл этого устройства в месте синхронизации заменили старой копией; он записан заново
sync-kept-deleted-here = { $label } удалили здесь, пока { $device } его менял; аккаунт сохранён
sync-kept-deleted-there = { $label } удалили на { $device }, пока его меняли здесь; аккаунт сохранён
sync-added = добавлен { $label }
sync-changed = изменён { $label }
sync-removed = удалён { $label }
uri-warning-steam = коды Steam всегда используют SHA1, 30 секунд и 5 символов; остальные значения ссылки не учитываются
uri-warning-counter = нет параметра counter; счёт начинается с 0
uri-warning-issuer = параметр issuer «{ $issuer }» не совпадает с префиксом метки «{ $prefix }»; используется «{ $issuer }»
import-aegis-icons = значки Aegis не переносятся: Sesame показывает свои
import-aegis-groups = записи из нескольких групп Aegis остаются только в первой группе
import-bitwarden-encrypted = этот экспорт Bitwarden зашифрован ключом вашей учётной записи, которым может пользоваться только Bitwarden: экспортируйте снова как «Защищённый паролем» или как обычный JSON
import-bitwarden-steam = Bitwarden не хранит сервис для кодов Steam: сервис — Steam, аккаунт — название записи
import-only-secret = сохранён только секрет: приняты SHA1, 6 цифр и 30 секунд
import-proton-pass-pgp = этот экспорт Proton Pass зашифрован PGP: экспортируйте снова без шифрования (.zip или .json), импортируйте и удалите файл
import-costly-aes-kdf = эта база просит { $rounds } раундов AES для вывода ключа; Sesame отказывается от более чем { $max }
import-keepass-no-codes = ни одна запись не содержит одноразового кода (поля otp, TOTP Seed или полей TimeOtp и HmacOtp KeePass)
import-not-xml = не файл XML ({ $why })
import-not-preferences = не файл настроек Android
import-duo-push = учётная запись Duo Push: в ней нет кода для импорта
import-duo-no-issuer = Duo Mobile не хранит издателя: каждая учётная запись сохраняет имя, данное ей в Duo
import-authy-newer = этот токен зашифрован способом новых версий Authy, который Sesame пока не читает
import-microsoft-push = учётная запись входа Microsoft без кода: её нельзя импортировать
import-not-database = не читаемая база данных SQLite ({ $why })
import-secret-encoding = неизвестная кодировка секрета (base { $base })
import-sha1-assumed = { $app } не хранит алгоритм: принят SHA1
import-sha1-30-assumed = { $app } не хранит алгоритм и период: приняты SHA1 и 30 секунд
import-google-no-period = экспорт Google Authenticator не хранит период: все коды по 30 секунд
import-icon-unreadable = его значок не удалось прочитать, поэтому Sesame показывает свой
import-no-accounts = в нём нет аккаунтов
import-not-text = файл не текстовый
import-unsupported-kind = аккаунты { $kind } Sesame не поддерживает
import-unknown-kind = неизвестный тип «{ $kind }»
import-digits = цифр не может быть { $digits }
import-period-too-long = период слишком длинный
import-damaged = повреждённая запись: { $why }
import-item = запись { $number }
import-entry = запись { $number }
import-line = строка { $number }
import-row = строка { $number }
import-an-entry = запись
import-missing-field = в файле нет «{ $field }»
import-missing-list = нет списка «{ $field }»
import-no-key-slots = в зашифрованном хранилище нет читаемых слотов ключей
import-no-nonce = в зашифрованном хранилище нет nonce и tag
import-too-many-slots = в этом хранилище { $slots } слотов паролей; Sesame пробует не больше { $max }
import-field-not-base64 = «{ $field }» не в формате Base64
import-does-not-decrypt = данные не расшифровываются ключом файла: файл повреждён
import-decrypted-not-json = расшифрованные данные повреждены ({ $why })
import-expected-list = ожидался список записей
import-too-short = файл слишком короткий для зашифрованной копии
import-cut-short = зашифрованная копия обрезана
import-not-export = это не экспорт { $app } ({ $why })
import-not-csv = это не файл CSV ({ $why })
import-bad-nonce = nonce не является заголовком secretstream
import-not-json = это не корректный JSON ({ $why })
import-not-sesame = это не резервная копия Sesame
import-newer-backup = это копия версии { $version }, записанная более новым Sesame: обновите Sesame, чтобы её прочитать
import-not-argon2id = { $algorithm }, тогда как Sesame пишет argon2id
import-costly-memory = для открытия файл требует { $asked } памяти; Sesame отказывается от более чем { $max }
import-costly-passes = для открытия файл требует { $passes } проходов по { $memory }, гораздо больше, чем пишет { $app }; Sesame отказывается от более чем { $max } в сумме
import-costly-scrypt = для открытия файл требует scrypt с { $parameters }, в { $times } раз больше, чем пишет Aegis; Sesame отказывается от более чем 8×
import-costly-pbkdf2 = для открытия файл требует { $iterations } итераций PBKDF2, гораздо больше, чем пишет { $app }; Sesame отказывается от более чем { $max }
entry-undecryptable = её не удаётся расшифровать: она повреждена или перенесена из другого профиля
quick-copied = Скопировано
quick-typed = Введено
quick-clears = { $what }; буфер обмена очистится через { $seconds } с
quick-copied-instead = { $why }, поэтому код скопирован
quick-no-target = Sesame не знает, в какое окно вводить
quick-typing-failed = ввести не удалось
quick-cannot-focus = Sesame не может вернуть фокус тому окну
quick-lost-keyboard = «{ $window }» больше не принимает ввод с клавиатуры
quick-cannot-type = эта система не позволяет Sesame вводить текст в другие окна
quick-keys-refused = система отклонила нажатия клавиш
tray-copy = Скопировать { $name }
tray-open = Открыть Sesame
tray-quick-copy = Быстрое копирование…
tray-lock = Заблокировать
tray-quit = Выйти

## The desktop file (packaging/sesame.desktop; tests/packaging.rs keeps it equal to these)

desktop-generic-name = Аутентификатор
desktop-comment = Коды двухфакторной аутентификации на вашем компьютере
desktop-keywords = 2FA;двухфакторная;аутентификатор;OTP;TOTP;код;вход;
desktop-quick-copy = Быстрое копирование

## Errors and notices of Rust's core: their English is Rust's own (the CLI's words)

core-as-is = { $message }
core-file-empty = файл пуст
core-uri-empty = ссылка пуста
core-uri-not-a-uri = это не ссылка: ожидается otpauth://ТИП/МЕТКА?secret=…
core-uri-scheme = это не ссылка otpauth: схема «{ $scheme }»
core-uri-migration = эта ссылка otpauth-migration содержит сразу несколько аккаунтов
core-uri-missing-type = не указан тип кода: ожидается otpauth://totp/, otpauth://hotp/ или otpauth://steam/
core-uri-type = неподдерживаемый тип кода «{ $type }»: Sesame понимает totp, hotp и steam
core-uri-label-encoding = метка после декодирования не является корректным UTF-8
core-uri-duplicate = параметр «{ $parameter }» указан несколько раз
core-uri-missing-secret = нет параметра secret
core-uri-empty-secret = секрет пуст
core-uri-secret-symbol = секрет не в формате Base32: неожиданный символ «{ $found }» в позиции { $position }
core-uri-secret-length = секрет не в формате Base32: { $count } символов не кодируют целое число байтов
core-uri-algorithm = неизвестный алгоритм «{ $algorithm }»
core-uri-not-a-number = { $name } должно быть целым числом, а не «{ $value }»
core-uri-steam-hotp = коды Steam зависят от времени: encoder=steam нельзя применить к ссылке hotp
core-param-digits = цифр должно быть от { $min } до { $max }, а не { $digits }
core-param-period = период должен быть от 1 до { $max } секунд, а не { $period }
core-param-steam = коды Steam всегда используют SHA1 и 5 символов
core-migration-scheme = это не ссылка otpauth-migration: схема «{ $scheme }»
core-migration-missing-data = в ссылке otpauth-migration нет параметра data
core-migration-base64 = данные переноса не в формате Base64
core-migration-protobuf = данные переноса не являются экспортом Google Authenticator: { $why }
core-migration-empty = в пакете переноса нет аккаунтов
core-migration-batch-index = номер части { $index } вне пакета из { $size }
core-migration-batch-too-large = экспорт заявляет { $count } QR-кодов; Sesame читает экспорт не более чем из { $max }
core-migration-entry = аккаунт { $position } пакета ({ $label }): { $reason }
core-qr-too-large = файл больше { $mib } МиБ
core-qr-unknown-format = Sesame не может прочитать это изображение (подходят PNG, JPEG, WebP, GIF и BMP)
core-qr-dimensions = изображение слишком большое для сканирования: не более { $side } пикселей по стороне, { $megapixels } мегапикселей и { $alloc } МиБ в распакованном виде
core-qr-damaged = изображение повреждено или обрезано: { $why }
core-vault-data-dir = нельзя использовать папку данных { $path }: { $reason }
core-vault-not-a-database = { $path } — не база данных Sesame ({ $why }); файл не тронут
core-vault-damaged = база данных { $path } повреждена ({ $why }); файл не тронут
core-vault-newer-schema = база данных { $path } записана более новой версией Sesame (схема { $schema }); обновите Sesame
core-vault-disk-full = диск заполнен: ничего не записано
core-vault-read-only = папка данных доступна только для чтения: ничего не записано
core-vault-busy = база данных занята (в неё пишет другой Sesame); попробуйте ещё раз
core-vault-database = ошибка базы данных: { $why }
core-vault-no-profile = профиля «{ $profile }» нет
core-vault-profile-exists = профиль «{ $profile }» уже есть
core-vault-invalid-name = имя профиля — от 1 до 64 символов, без управляющих символов
core-vault-wrong-password = неверный пароль профиля { $profile }
core-vault-locked = профиль { $profile } заблокирован
core-vault-wrong-recovery-key = неверный ключ восстановления профиля { $profile }
core-vault-no-password = у профиля { $profile } нет пароля
core-vault-no-password-to-remove = у профиля { $profile } нет пароля, который можно убрать
core-vault-no-recovery-key = у профиля { $profile } нет ключа восстановления
core-vault-no-keyring-key = у профиля { $profile } нет ключа в связке ключей
core-vault-keyring-unavailable = профиль { $profile } защищён связкой ключей, но { $why }; разблокируйте его паролем или ключом восстановления
core-vault-key-missing = ключа профиля { $profile } нет в связке ключей (или она заблокирована); разблокируйте профиль паролем или ключом восстановления
core-vault-damaged-slot = ключ профиля { $profile } повреждён
core-vault-damaged-settings = настройки профиля { $profile } повреждены; настройте его автоматические копии заново
core-vault-last-slot = тогда профиль { $profile } нечем будет разблокировать
core-vault-no-entry = в этом профиле нет записи с номером { $id }
core-vault-integrity = журнал целостности профиля { $profile } повреждён или старее, чем помнит этот компьютер, поэтому Sesame не может понять, удалялись ли записи или откатывались; проверьте аккаунты и подтвердите, чтобы начать новую запись
core-sync-not-enabled = профиль { $profile } не синхронизируется: сначала настройте синхронизацию (sync enable или «Настройки» в приложении)
core-sync-already-enabled = профиль { $profile } уже синхронизируется с { $location }; сначала выключите синхронизацию, чтобы выбрать другое место
core-sync-wrong-passphrase = неверная фраза синхронизации: ничего не прочитано и не записано
core-sync-unreachable = нет доступа к { $location } ({ $why }); ничего не потеряно, следующая синхронизация попробует снова
core-sync-webdav-refused = сервер WebDAV { $url } не принял имя пользователя или пароль
core-sync-set-missing = в { $location } больше нет набора синхронизации этого профиля; здесь ничего не изменено (если папка переехала, выключите синхронизацию и настройте её в новом месте)
core-sync-bad-set = файл sesame-sync.json набора синхронизации нельзя использовать: { $why }; ничего не изменено
core-sync-integrity = проверка целостности профиля { $profile } нашла проблемы: устраните их до синхронизации, чтобы они не попали на другие устройства
core-mirror-folder = не удаётся прочитать папку { $dir }: { $why }
core-mirror-format = зеркало следит за автоматическими резервными копиями { $formats }; «{ $format }» к ним не относится
core-mirror-already = за { $dir } уже следят
core-mirror-not-followed = за { $dir } не следят
core-mirror-backup = не удаётся прочитать резервную копию { $file }: { $why }
core-vault-recovery-format = неверный ключ восстановления: { $why }
core-settings-clipboard = буфер обмена можно очищать через 0 (никогда) — 600 секунд
core-settings-show-next = следующий код можно показывать в последние 0 (никогда) — 30 секунд
core-settings-auto-lock = автоблокировка возможна через 0 (никогда) — 1440 минут
core-settings-time-offset = поправка времени — не больше часа в любую сторону (3600 секунд)
core-settings-shortcut = сочетание клавиш быстрого копирования слишком длинное
core-settings-language = у Sesame нет перевода на язык «{ $language }»
core-settings-write = не удаётся сохранить настройки: { $why }
core-import-too-large = файл больше { $mib } МиБ — это предел для экспорта
core-import-unknown-format = Sesame не знает такого экспорта: ожидается один из { $formats }
core-import-not-this-format = это не { $app }: { $reason }
core-import-needs-password = этот экспорт { $app } зашифрован: нужен его пароль
core-import-wrong-password = неверный пароль
core-import-parameters = параметры шифрования файла вне допустимых пределов: { $why }
core-import-summary =
    { $written ->
        [yes] Импортировано: { $new }
       *[no] Будет импортировано: { $new }
    }{ $duplicates ->
        [0] {""}
       *[other] , пропущено повторов: { $duplicates }
    }{ $failed ->
        [0] {""}
       *[other] , не удалось импортировать: { $failed } — { $errors }
    }
core-export-empty = экспортировать нечего
core-export-needs-password = формат { $format } шифруется: нужен пароль
core-export-one-entry = формат qr вмещает один аккаунт: выберите его через --entry
core-export-nothing-fits = ни один аккаунт не подходит для формата { $format }: { $why }
core-export-kdf = не удалось вывести ключ: { $why }
core-weak-password-first-guesses = этот пароль слишком легко угадать (он был бы среди первых попыток): { $why }
core-weak-password-minutes = этот пароль слишком легко угадать (компьютер подберёт его за минуты): { $why }
core-keyring-no-service = связка ключей недоступна ({ $why })
core-keyring-locked = связка ключей заблокирована или отказала в доступе; разблокируйте её и попробуйте снова
core-keyring-failed = ошибка связки ключей: { $why }
core-icon = это изображение нельзя сделать значком: { $why }
core-capture-clipboard = не удаётся прочитать буфер обмена: { $why }
core-capture-no-image = в буфере обмена нет изображения
core-capture-screen = не удаётся снять экран: { $why }
core-scan-missing-batches =
    { $several ->
        [yes] в этом экспорте Google Authenticator { $size } QR-кодов, и коды { $missing } отсутствуют: добавьте и их, иначе их аккаунты не попадут в список
       *[no] в этом экспорте Google Authenticator { $size } QR-кодов, и код { $missing } отсутствует: добавьте и его, иначе его аккаунты не попадут в список
    }
core-advice-straight-rows = Ряды соседних клавиш легко угадать.
core-advice-short-patterns = Короткие узоры на клавиатуре легко угадать.
core-advice-repeats-aaa = Повторы вроде «aaa» легко угадать.
core-advice-repeats-abcabc = Повторы вроде «abcabcabc» угадать лишь чуть труднее, чем «abc».
core-advice-top-10 = Это один из 10 самых распространённых паролей.
core-advice-top-100 = Это один из 100 самых распространённых паролей.
core-advice-common = Это очень распространённый пароль.
core-advice-similar = Это похоже на распространённый пароль.
core-advice-sequences = Последовательности вроде abc или 6543 легко угадать.
core-advice-recent-years = Недавние годы легко угадать.
core-advice-one-word = Одно слово само по себе легко угадать.
core-advice-dates = Даты часто легко угадать.
core-advice-names = Имена и фамилии сами по себе легко угадать.
core-advice-common-names = Распространённые имена и фамилии легко угадать.
core-advice-few-words = Возьмите несколько слов и избегайте расхожих фраз.
core-advice-no-symbols-needed = Символы, цифры и заглавные буквы не обязательны.
core-advice-another-word = Добавьте ещё слово-другое. Лучше редкие слова.
core-advice-capitals = Заглавные буквы почти не помогают.
core-advice-all-capitals = Всё заглавными угадать почти так же легко, как всё строчными.
core-advice-reversed = Слова задом наперёд угадать ненамного труднее.
core-advice-substitutions = Предсказуемые замены вроде «@» вместо «a» почти не помогают.
core-advice-longer-pattern = Возьмите более длинный узор на клавиатуре с большим числом поворотов.
core-advice-avoid-repeats = Избегайте повторов слов и символов.
core-advice-avoid-sequences = Избегайте последовательностей.
core-advice-avoid-recent-years = Избегайте недавних годов.
core-advice-avoid-your-years = Избегайте годов, связанных с вами.
core-advice-avoid-your-dates = Избегайте дат и годов, связанных с вами.
