### Sesame 的简体中文文字。

# Whether a fluent speaker has reviewed this catalogue: "yes" or "no".
-reviewed = no

## The window

app-name = Sesame
data-error-title = Sesame 无法打开它的数据
something-went-wrong = 出了点问题。
cancel = 取消
close = 关闭
done = 完成
save = 保存
choose = 选择…
part-failed = Sesame 无法加载窗口的这一部分。重新安装 Sesame 应该可以修复。
again = 再输一次

## The header and its menu

header-profile = 配置文件
header-add = 添加
header-add-title = 添加账户（Ctrl+N）
header-lock = 锁定
header-lock-label = 锁定 { $profile }
header-menu = 更多
menu-new-profile = 新建配置文件…
menu-password = 密码…
menu-recovery = 恢复密钥…
menu-import = 导入…
menu-export = 导出…
menu-backups = 备份…
menu-sync = 同步…
menu-settings = 设置…
menu-login-unlock-stop = 不再随登录解锁
menu-login-unlock-start = 也随登录解锁

## Adding accounts: the first screen and the Add dialog

empty-title = 添加你的第一个账户
empty-lead = 网站在哪里给了你设置信息？
add-title = 添加账户
add-scan-screen = 扫描屏幕上的二维码
add-scan-screen-hint = 网站正在显示二维码：Sesame 会找到它。
add-open-image = 打开二维码图片…
add-open-image-hint = 截图或保存的图片。也可以拖放或粘贴到这里。
add-type-key = 手动输入设置密钥…
add-type-key-hint = 网站显示的是一串字母和数字。
add-import = 从其他应用导入…
add-import-hint = Aegis、2FAS、Google 身份验证器等。
add-link = 粘贴设置链接（高级）
add-link-label = 设置链接（otpauth://…）
add-link-submit = 添加
add-drop = 拖放二维码图片即可扫描，拖放导出文件即可导入
accounts-added = 已添加 { $count } 个账户。
account-added = 已添加 { $name }。
accounts-saved = 已保存 { $count } 个账户。
tip-quick-copy = 提示：在任何地方按 { $shortcut }，即可查找账户并复制验证码。
tip-search = 提示：直接输入即可查找账户，按 Enter 复制验证码。
tip-dismiss = 知道了

## The list

search-label = 搜索账户
search-placeholder = 搜索
order-title = 更改排序
order-custom = 自定义顺序
order-issuer = 按名称
order-used = 最常用
order-recent = 最近使用
groups-label = 分组
group-all = 全部
accounts-label = 账户
no-match = 没有与“{ $query }”匹配的账户。
unnamed-account = 未命名账户
copy-title = 复制验证码
favourite = 收藏
copied = 已复制
next-code-label = 下一个验证码
next-code-shown = 下一个 { $code }
seconds-left-title = 剩余秒数
seconds-left = 还剩 { $seconds } 秒
next-code-for = { $name } 的下一个验证码
edit = 编辑
edit-label = 编辑 { $name }
remove = 删除
remove-label = 删除 { $name }
codes-change-in = 验证码将在 { $seconds } 秒后更新
copied-code = 已复制 { $name } 的验证码。
copied-code-clears = 已复制 { $name } 的验证码；剪贴板将在 { $seconds } 秒后清空。

## Banners

removed = 已删除 { $name }。
undo = 撤销
remind-recovery = 此配置文件只保存在系统密钥环中；如果密钥环被重置，其中的账户将会丢失。
remind-recovery-action = 创建恢复密钥
remind-backup = 这些账户还没有备份。
remind-backup-action = 设置自动备份
integrity-wait = 在你确认之前，Sesame 不会更改此配置文件中的任何内容。
integrity-confirm = 我已检查账户：开始新的记录

## First start and the lock screen

welcome-title = 欢迎使用 Sesame
welcome-password = 配置文件的密码
welcome-create = 创建配置文件
locked-title = { $profile } 已锁定
unlock-password = 密码
unlock-recovery-key = 恢复密钥
unlock = 解锁
unlocking = 正在解锁…
use-recovery-key = 使用恢复密钥
use-password = 使用密码
try-keyring = 再次尝试密钥环

## Scan preview

scan-found = 找到的账户
scan-none = 未找到账户
scan-not-a-code = 不是身份验证码：{ $what }（{ $preview }）
scan-kind-url = 网页链接
scan-kind-wifi = Wi-Fi 设置
scan-kind-text = 文本
scan-save = 保存 { $count } 个账户
meta-digits = { $digits } 位数字
meta-characters = { $digits } 个字符
meta-period = { $seconds } 秒
meta-already-added = 已添加

## Typing a setup key

manual-title = 通过设置密钥添加账户
manual-issuer = 发行方（网站或服务）
manual-account = 账户（你在那里的用户名或邮箱）
manual-secret = 设置密钥
manual-advanced = 验证码设置（仅在网站要求时修改）
manual-code-now = 当前验证码：
manual-seconds = （{ $seconds } 秒）
manual-type-key = 输入设置密钥即可看到验证码。
manual-add = 添加

## Code settings

params-type = 类型
params-totp = 基于时间
params-hotp = 基于计数器（HOTP）
params-steam = Steam
params-algorithm = 算法
params-digits = 位数
params-period = 周期（秒）
params-counter = 计数器（下一个验证码的）

## Editing an account

edit-title = 编辑账户
reveal-title = 密钥和二维码
reveal-qr-alt = 此账户的二维码，可用手机扫描
reveal-warning = 看到这些内容的人都能生成你的验证码。用完请关闭。
reveal-password = 配置文件的密码，用于显示密钥
reveal-caution = 拿到密钥的人都能生成此账户的验证码：只在没有旁人能看到的地方显示。
reveal-show = 显示
edit-issuer = 发行方
edit-account = 账户
edit-group = 分组
edit-note = 备注
edit-favourite = 收藏（排在最前）
edit-icon = 图标
edit-brand-placeholder = 品牌（默认同发行方）
edit-brand-label = 品牌图标名称
edit-icon-image = 图片…
edit-icon-reset = 重置
edit-advanced = 验证码设置（高级）
edit-advanced-warning = 只有为了与网站保持一致时才修改：错误的值会让所有验证码失效。HOTP 账户可通过设置计数器重新同步。
edit-reveal = 密钥和二维码…

## Settings

settings-title = 设置
settings-language = 语言
settings-language-system = 跟随系统
settings-clipboard = 清空剪贴板的时间（秒，0 = 从不）
settings-show-next = 在最后几秒显示下一个验证码（秒，0 = 从不）
settings-auto-lock = 设有密码的配置文件自动锁定（无操作分钟数，0 = 从不）
settings-time-offset = 时间校正（加到本机时钟上的秒数，用于时钟不准时）
settings-hide-codes = 指针或焦点不在该行时隐藏验证码
settings-shortcut = 快速复制快捷键（全局有效；留空 = 无）
settings-quick-types = 快速复制时将验证码输入到窗口中，而不是复制（Shift+Enter 则相反）
settings-start-at-login = 登录时启动 Sesame
settings-close-to-tray = 关闭窗口后 Sesame 继续运行（在托盘中；没有托盘时最小化）
settings-lock-on-minimise = 窗口最小化时锁定
settings-theme = 主题
theme-system = 跟随系统
theme-light = 浅色
theme-dark = 深色
settings-weaker = 更晚锁定或更晚清空剪贴板会降低所有配置文件的安全性：请输入配置文件的密码以保存。
settings-version = Sesame { $version }

## Asking for the profile's password again

owner-password = 配置文件的密码，{ $purpose }
owner-weaken = 用于放宽这些设置
owner-export = 用于导出账户
owner-backup = 用于备份账户
owner-sync = 以开启同步
owner-recovery = 用于创建恢复密钥
owner-allow = 用于允许此操作

## Password strength

strength-0 = 极易猜到
strength-1 = 容易猜到
strength-2 = 一般
strength-3 = 强
strength-4 = 非常强
strength-advice = 加几个不常见的词

## Import

import-title = 导入账户
import-from = 从 { $app } 导入
import-drop-label = 将导出文件拖放到这里
import-drop = 将其他身份验证器应用或密码管理器的导出文件拖放到这里
import-choose = 选择文件…
import-password = 此 { $app } 导出文件已加密。请输入密码：
import-key-file = 密钥文件（如果数据库有）
import-open = 打开
import-opening = 正在打开…
import-rows = 导入将执行的操作
import-new = 新增
import-duplicate = 已存在
import-error = 无法导入
import-confirm = 导入 { $count } 个账户

## Export

export-title = 导出
export-sesame = Sesame 备份
export-sesame-about = 用密码加密；完整保留所有内容
export-aegis-encrypted = Aegis（加密）
export-aegis-encrypted-about = 可在 Aegis 中用密码打开
export-aegis = Aegis（未加密）
export-aegis-about = 未加密的保管库，含分组和备注
export-2fas-encrypted = 2FAS（加密）
export-2fas-encrypted-about = 用其密码在 2FAS 中打开；保留分组
export-2fas = 2FAS（不加密）
export-2fas-about = 未加密的 2FAS 备份，含分组
export-ente = Ente Auth
export-ente-about = Ente 的纯文本导出，含标签、备注和置顶
export-bitwarden = Bitwarden
export-bitwarden-about = 供 Bitwarden 使用的未加密 JSON；不包含 HOTP 账户
export-keepassxc = KeePassXC 数据库
export-keepassxc-about = 带密码的 .kdbx 文件；验证码位于 KeePassXC 的 TOTP 字段，不包含 HOTP 账户
export-google-qr = Google 身份验证器二维码
export-google-qr-about = 用手机扫描的图片（一个文件夹）
export-uris = otpauth 链接
export-uris-about = 每行一个，未加密
export-qr = 单个账户的二维码
export-qr-about = 用于迁移到手机
export-format = 格式
export-account = 账户
export-password = 文件密码
export-plain-ok = 我明白此文件中的密钥未加密：任何拿到它的人都能生成我的验证码。
export-folder = 文件夹
export-file = 文件
export-path-placeholder = 选择保存位置
export-folder-title = 存放二维码图片的文件夹
export-to-title = 导出到
export-run = 导出
exporting = 正在导出…
exported = 已将 { $count } 个账户导出到 { $where }。
exported-files = { $files } 个文件
not-exported = 未导出：{ $what }

## Automatic backups

backup-title = 自动备份
backup-state = 每次更改后几秒内备份到 { $folder }，保留最近 { $keep } 份。
backup-last = 上次备份：{ DATETIME($when, dateStyle: "medium", timeStyle: "short") }。
backup-restore = 可通过“导入”恢复备份；只需备份密码即可打开。
backup-off = 关闭
backup-now = 立即备份
backup-about = 每次更改后，Sesame 会把加密备份写入你选择的文件夹（另一块磁盘、同步文件夹）。备份用自己的密码打开，即使密钥环或电脑丢失也能恢复。
backup-folder = 文件夹
backup-folder-title = 存放备份的文件夹
backup-keep = 保留的备份数
backup-password = 备份密码
backup-on = 开启
backup-turning-on = 正在开启…
sync-title = 同步
sync-about = 让此配置文件的账户在你的各台电脑上保持一致：通过 Syncthing、Nextcloud、Dropbox、OneDrive 或 iCloud Drive 同步的文件夹，或 WebDAV 服务器。那里只存放加密文件；同步口令不会离开你的电脑。
sync-where = 同步方式
sync-kind-folder = 同步文件夹
sync-kind-webdav = WebDAV 服务器（Nextcloud、ownCloud 等）
sync-folder = 文件夹
sync-folder-title = 用于同步的文件夹
sync-url = WebDAV 地址
sync-user = 用户名
sync-dav-password = WebDAV 密码
sync-passphrase = 同步口令
sync-passphrase-note = 在第一台电脑上选择一个难以猜到的口令；在其他电脑上输入同一个。
sync-on = 开启同步
sync-turning-on = 正在连接…
sync-state = 正在与 { $location } 同步。
sync-last = 上次同步：{ DATETIME($when, dateStyle: "medium", timeStyle: "short") }。
sync-never = 尚未同步。
sync-devices = 其他设备：{ $names }
sync-arrived = 上次同步带来了：
sync-problems = 上次同步发现：
sync-now = 立即同步
sync-off = 关闭

## Profiles

profile-new-title = 新建配置文件
profile-name = 名称
profile-password = 密码
profile-repeat = 重复密码
profile-keyring-hint = 密码留空，则此配置文件随你的登录解锁（使用系统密钥环）。
profile-no-keyring = 这里没有系统密钥环，所以配置文件需要密码。
passwords-differ = 两次输入的密码不一致。
profile-create = 创建
password-title = { $profile } 的密码
password-current = 当前密码
password-new = 新密码
password-repeat = 再输一次
password-remove-hint = 留空即可移除密码：配置文件将随你的登录解锁（使用系统密钥环）。
password-add-hint = 设置密码后，此配置文件不会再随登录自动打开。
recovery-title = 恢复密钥
recovery-write-down = 请抄下来并妥善保管。如果忘记密码或丢失密钥环，它可以解锁 { $profile }。它只显示这一次。
recovery-label = 恢复密钥
recovery-written = 我已经抄下来了
recovery-about = 当其他方式都无法打开此配置文件时，可用恢复密钥打开。
recovery-replaces = 新建恢复密钥会替换旧的，旧密钥将失效。
recovery-create = 创建恢复密钥
login-unlock-title = 随登录解锁 { $profile }
login-unlock-hint = 之后，任何能使用你电脑账户的人都能不输密码打开此配置文件。
login-unlock-allow = 允许

## Quick copy

quick-label = 快速复制
quick-search-label = 查找账户以复制验证码
quick-placeholder = 输入以查找账户
quick-suggested = 推荐给“{ $window }”
quick-matches = 匹配结果
quick-next = 下一个
quick-keys-copy = Enter 复制 · Shift+Enter 输入 · Esc 关闭
quick-keys-type = Enter 输入 · Shift+Enter 复制 · Esc 关闭

## Rust's own words: quick copy's outcome, notices, the tray

clock-warning = 你的电脑时钟没有与网络时间同步，验证码可能不正确：请在系统设置中开启自动设置时间。
notice-no-keyring = { $why }，因此 Sesame 无法把你的密钥保存在其中。请为配置文件设置密码。
scan-no-code = 未找到二维码
scan-unusable = Sesame 无法使用的身份验证码：{ $why }
scan-batch = 第 { $index } 部分，共 { $size } 部分
import-choose-first = 请先选择要导入的文件
import-nothing-previewed = 没有可确认的导入预览
backup-choose-password = 请设置备份密码
backup-not-a-folder = { $folder } 不是文件夹
password-advice = 使用几个不常见的词，或更多字符
nothing-added = 没有添加任何内容
integrity-damaged = 配置文件的完整性记录已损坏：在你确认新的记录之前，无法检测被删除或回滚的条目
integrity-rolled-back = 配置文件的数据比这台电脑的密钥环记得的更旧（写入 { $written } 次，而不是 { $remembered } 次）：数据库是从更早的副本恢复的，之后的更改（HOTP 计数器、已删除的账户）可能被撤销
integrity-deleted = 条目 { $id } 在 Sesame 之外被删除
integrity-older-copy = 条目 { $id } 被更旧的副本替换（版本 { $version }，应为 { $expected }）；HOTP 计数器可能已回退
integrity-mismatch = 条目 { $id } 与完整性记录不符
integrity-foreign = 条目 { $id } 不是 Sesame 在此配置文件中写入的
sync-file-damaged = 设备 { $device } 的文件已损坏，或被没有同步密钥的人改动过；已忽略
sync-file-replayed = 设备 { $device } 的文件比已读取的版本旧（有人放回了旧副本）；已忽略
sync-own-rolled-back = 此设备在同步位置的文件被替换成了旧副本；已重新写入
sync-kept-deleted-here = { $label } 在此处被删除，同时 { $device } 修改了它；已保留
sync-kept-deleted-there = { $label } 在 { $device } 上被删除，同时在此处被修改；已保留
sync-added = 已添加 { $label }
sync-changed = 已更改 { $label }
sync-removed = 已移除 { $label }
uri-warning-steam = Steam 验证码始终使用 SHA1、30 秒和 5 个字符；链接中的其他值将被忽略
uri-warning-counter = 缺少 counter 参数；从 0 开始
uri-warning-issuer = issuer 参数“{ $issuer }”与标签前缀“{ $prefix }”不一致；使用“{ $issuer }”
import-aegis-icons = 不导入 Aegis 图标：Sesame 显示自己的图标
import-aegis-groups = 属于多个 Aegis 分组的条目只保留第一个分组
import-bitwarden-encrypted = 此 Bitwarden 导出文件使用您账户的密钥加密，只有 Bitwarden 能使用：请以“密码保护”或普通 JSON 重新导出
import-bitwarden-steam = Bitwarden 不保存 Steam 验证码的发行方：发行方设为 Steam，账户为条目名称
import-only-secret = 只保存了密钥：默认 SHA1、6 位数字和 30 秒
import-proton-pass-pgp = 此 Proton Pass 导出文件使用 PGP 加密：请不加密重新导出（.zip 或 .json），导入后删除它
import-costly-aes-kdf = 此数据库要求 { $rounds } 轮 AES 密钥派生；Sesame 拒绝超过 { $max } 轮
import-keepass-no-codes = 其中没有条目包含一次性验证码（otp 字段、TOTP Seed 或 KeePass 的 TimeOtp、HmacOtp 字段）
import-not-xml = 不是 XML 文件（{ $why }）
import-not-preferences = 不是 Android 偏好设置文件
import-duo-push = Duo 推送账户：没有可导入的验证码
import-duo-no-issuer = Duo Mobile 不保存发行方：每个账户保留它在 Duo 中的名称
import-authy-newer = 此令牌使用较新版本 Authy 的加密方式，Sesame 暂时无法读取
import-microsoft-push = 没有验证码的 Microsoft 登录账户：无法导入
import-not-database = 不是可读取的 SQLite 数据库（{ $why }）
import-secret-encoding = 未知的密钥编码（base { $base }）
import-sha1-assumed = { $app } 不保存算法：默认 SHA1
import-sha1-30-assumed = { $app } 不保存算法和周期：默认 SHA1 和 30 秒
import-google-no-period = Google 身份验证器导出不含周期：所有验证码均为 30 秒
import-icon-unreadable = 无法读取它的图标，因此 Sesame 显示自己的图标
import-no-accounts = 其中没有账户
import-not-text = 文件不是文本
import-unsupported-kind = Sesame 不支持 { $kind } 账户
import-unknown-kind = 未知类型“{ $kind }”
import-digits = 位数不能是 { $digits }
import-period-too-long = 周期太长
import-damaged = 条目已损坏：{ $why }
import-item = 第 { $number } 项
import-entry = 第 { $number } 个条目
import-line = 第 { $number } 行
import-row = 第 { $number } 行
import-an-entry = 一个条目
import-missing-field = 文件中没有“{ $field }”
import-missing-list = 没有“{ $field }”列表
import-no-key-slots = 加密保管库中没有可读的密钥槽
import-no-nonce = 加密保管库中没有 nonce 和 tag
import-too-many-slots = 此保管库有 { $slots } 个密码槽；Sesame 最多尝试 { $max } 个
import-field-not-base64 = “{ $field }”不是 Base64
import-does-not-decrypt = 无法用文件的密钥解密数据：文件已损坏
import-decrypted-not-json = 解密后的数据已损坏（{ $why }）
import-expected-list = 应为条目列表
import-too-short = 文件太短，不可能是加密备份
import-cut-short = 加密备份不完整
import-not-export = 不是 { $app } 导出（{ $why }）
import-not-csv = 不是 CSV 文件（{ $why }）
import-bad-nonce = nonce 不是 secretstream 头部
import-not-json = 不是有效的 JSON（{ $why }）
import-not-sesame = 不是 Sesame 备份
import-newer-backup = 此备份为版本 { $version }，由更新版本的 Sesame 写入：请更新 Sesame 后再读取
import-not-argon2id = { $algorithm }，而 Sesame 写入的是 argon2id
import-costly-memory = 此文件打开时需要 { $asked } 内存；Sesame 拒绝超过 { $max }
import-costly-passes = 此文件打开时需要在 { $memory } 上运行 { $passes } 遍，远超 { $app } 的写入值；Sesame 拒绝总量超过 { $max }
import-costly-scrypt = 此文件打开时需要参数为 { $parameters } 的 scrypt，是 Aegis 写入值的 { $times } 倍；Sesame 拒绝超过 8 倍
import-costly-pbkdf2 = 此文件打开时需要 { $iterations } 次 PBKDF2 迭代，远超 { $app } 的写入值；Sesame 拒绝超过 { $max }
entry-undecryptable = 无法解密：它已损坏，或是从其他配置文件移来的
quick-copied = 已复制
quick-typed = 已输入
quick-clears = { $what }；剪贴板将在 { $seconds } 秒后清空
quick-copied-instead = { $why }，因此已改为复制
quick-no-target = Sesame 不知道要输入到哪个窗口
quick-typing-failed = 输入失败
quick-cannot-focus = Sesame 无法把焦点还给那个窗口
quick-lost-keyboard = “{ $window }”已不再接收键盘输入
quick-cannot-type = 此系统不允许 Sesame 向其他窗口输入
quick-keys-refused = 此系统拒绝了按键
tray-copy = 复制 { $name }
tray-open = 打开 Sesame
tray-quick-copy = 快速复制…
tray-lock = 锁定
tray-quit = 退出

## The desktop file (packaging/sesame.desktop; tests/packaging.rs keeps it equal to these)

desktop-generic-name = 身份验证器
desktop-comment = 桌面上的两步验证码
desktop-keywords = 2FA;两步验证;双重验证;身份验证器;OTP;TOTP;验证码;登录;
desktop-quick-copy = 快速复制

## Errors and notices of Rust's core: their English is Rust's own (the CLI's words)

core-as-is = { $message }
core-file-empty = 文件为空
core-uri-empty = 链接为空
core-uri-not-a-uri = 不是链接：应为 otpauth://类型/标签?secret=…
core-uri-scheme = 不是 otpauth 链接：协议为“{ $scheme }”
core-uri-migration = 这个 otpauth-migration 链接包含一批账户，而不是一个
core-uri-missing-type = 缺少验证码类型：应为 otpauth://totp/、otpauth://hotp/ 或 otpauth://steam/
core-uri-type = 不支持的验证码类型“{ $type }”：Sesame 支持 totp、hotp 和 steam
core-uri-label-encoding = 标签解码后不是有效的 UTF-8
core-uri-duplicate = 参数“{ $parameter }”出现了多次
core-uri-missing-secret = 缺少 secret 参数
core-uri-empty-secret = 密钥为空
core-uri-secret-symbol = 密钥不是有效的 Base32：第 { $position } 位出现意外字符“{ $found }”
core-uri-secret-length = 密钥不是有效的 Base32：{ $count } 个字符无法构成完整字节
core-uri-algorithm = 未知算法“{ $algorithm }”
core-uri-not-a-number = { $name } 必须是整数，而不是“{ $value }”
core-uri-steam-hotp = Steam 验证码基于时间：encoder=steam 不能用于 hotp 链接
core-param-digits = 位数必须在 { $min } 到 { $max } 之间，而不是 { $digits }
core-param-period = 周期必须在 1 到 { $max } 秒之间，而不是 { $period }
core-param-steam = Steam 验证码始终使用 SHA1 和 5 个字符
core-migration-scheme = 不是 otpauth-migration 链接：协议为“{ $scheme }”
core-migration-missing-data = otpauth-migration 链接缺少 data 参数
core-migration-base64 = 迁移数据不是有效的 Base64
core-migration-protobuf = 迁移数据不是 Google 身份验证器的导出：{ $why }
core-migration-empty = 迁移批次中没有账户
core-migration-batch-index = 第 { $index } 部分超出了共 { $size } 部分的批次
core-migration-batch-too-large = 此导出声称有 { $count } 个二维码；Sesame 最多读取 { $max } 个
core-migration-entry = 批次中的第 { $position } 个账户（{ $label }）：{ $reason }
core-qr-too-large = 文件超过 { $mib } MiB
core-qr-unknown-format = 不是 Sesame 能读取的图片（PNG、JPEG、WebP、GIF 或 BMP）
core-qr-dimensions = 图片太大，无法扫描：每边最多 { $side } 像素、{ $megapixels } 百万像素，解码后最多 { $alloc } MiB
core-qr-damaged = 图片已损坏或不完整：{ $why }
core-vault-data-dir = 无法使用数据目录 { $path }：{ $reason }
core-vault-not-a-database = { $path } 不是 Sesame 数据库（{ $why }）；未做任何改动
core-vault-damaged = 数据库 { $path } 已损坏（{ $why }）；未做任何改动
core-vault-newer-schema = 数据库 { $path } 由更新版本的 Sesame 写入（架构 { $schema }）；请更新 Sesame
core-vault-disk-full = 磁盘已满：未写入任何内容
core-vault-read-only = 数据目录为只读：未写入任何内容
core-vault-busy = 数据库正忙（另一个 Sesame 正在写入）；请重试
core-vault-database = 数据库错误：{ $why }
core-vault-no-profile = 没有名为“{ $profile }”的配置文件
core-vault-profile-exists = 名为“{ $profile }”的配置文件已存在
core-vault-invalid-name = 配置文件名称为 1 到 64 个字符，不能包含控制字符
core-vault-wrong-password = 配置文件 { $profile } 的密码错误
core-vault-locked = 配置文件 { $profile } 已锁定
core-vault-wrong-recovery-key = 配置文件 { $profile } 的恢复密钥错误
core-vault-no-password = 配置文件 { $profile } 没有密码
core-vault-no-password-to-remove = 配置文件 { $profile } 没有可移除的密码
core-vault-no-recovery-key = 配置文件 { $profile } 没有恢复密钥
core-vault-no-keyring-key = 配置文件 { $profile } 在密钥环中没有密钥
core-vault-keyring-unavailable = 配置文件 { $profile } 受密钥环保护，但 { $why }；请用密码或恢复密钥解锁
core-vault-key-missing = 密钥环中缺少配置文件 { $profile } 的密钥（或密钥环已锁定）；请用密码或恢复密钥解锁
core-vault-damaged-slot = 配置文件 { $profile } 的一个密钥已损坏
core-vault-damaged-settings = 配置文件 { $profile } 的设置已损坏；请重新设置它的自动备份
core-vault-last-slot = 这样配置文件 { $profile } 将无法解锁
core-vault-no-entry = 此配置文件中没有 ID 为 { $id } 的条目
core-vault-integrity = 配置文件 { $profile } 的完整性记录已损坏，或比这台电脑记得的更旧，因此 Sesame 无法判断条目是否被删除或回滚；请检查账户，然后确认以开始新的记录
core-sync-not-enabled = 配置文件 { $profile } 未开启同步：请先设置同步（sync enable，或应用中的“设置”）
core-sync-already-enabled = 配置文件 { $profile } 已与 { $location } 同步；要换用其他位置，请先关闭同步
core-sync-wrong-passphrase = 同步口令错误：未读取也未写入任何内容
core-sync-unreachable = 无法访问 { $location }（{ $why }）；没有丢失任何内容，下次同步会重试
core-sync-webdav-refused = { $url } 的 WebDAV 服务器拒绝了用户名或密码
core-sync-set-missing = { $location } 中已没有此配置文件的同步集；此处未做任何更改（如果文件夹已移动，请关闭同步并在新位置重新设置）
core-sync-bad-set = 同步集的 sesame-sync.json 无法使用：{ $why }；未做任何更改
core-sync-integrity = 配置文件 { $profile } 的完整性检查发现问题：请在同步前解决，以免问题扩散到其他设备
core-mirror-folder = 无法读取文件夹 { $dir }：{ $why }
core-mirror-format = 镜像只跟随 { $formats } 的自动备份；“{ $format }”不在其中
core-mirror-already = 已在跟随 { $dir }
core-mirror-not-followed = 未跟随 { $dir }
core-mirror-backup = 无法读取备份 { $file }：{ $why }
core-vault-recovery-format = 恢复密钥无效：{ $why }
core-settings-clipboard = 剪贴板可在 0（从不）到 600 秒后清空
core-settings-show-next = 下一个验证码可在最后 0（从不）到 30 秒内显示
core-settings-auto-lock = 自动锁定可在 0（从不）到 1440 分钟后进行
core-settings-time-offset = 时间校正最多为前后一小时（3600 秒）
core-settings-shortcut = 快速复制快捷键太长
core-settings-language = Sesame 没有“{ $language }”语言的目录
core-settings-write = 无法保存设置：{ $why }
core-import-too-large = 文件超过 { $mib } MiB，这是导出文件的上限
core-import-unknown-format = 不是 Sesame 认识的导出：应为以下之一：{ $formats }
core-import-not-this-format = 不是 { $app }：{ $reason }
core-import-needs-password = 此 { $app } 导出已加密：需要它的密码
core-import-wrong-password = 密码错误
core-import-parameters = 文件的加密参数超出范围：{ $why }
core-import-summary =
    { $written ->
        [yes] 已导入 { $new } 个
       *[no] 将导入 { $new } 个
    }{ $duplicates ->
        [0] {""}
       *[other] ，跳过 { $duplicates } 个重复项
    }{ $failed ->
        [0] {""}
       *[other] ，{ $failed } 个无法导入：{ $errors }
    }
core-export-empty = 没有可导出的内容
core-export-needs-password = { $format } 格式需要加密：需要密码
core-export-one-entry = qr 格式只能包含一个账户：请用 --entry 选择
core-export-nothing-fits = 没有账户适合 { $format } 格式：{ $why }
core-export-kdf = 密钥派生失败：{ $why }
core-weak-password-first-guesses = 这个密码太容易猜到（会在最先尝试的密码之列）：{ $why }
core-weak-password-minutes = 这个密码太容易猜到（电脑几分钟就能猜出）：{ $why }
core-keyring-no-service = 没有可用的密钥环服务（{ $why }）
core-keyring-locked = 密钥环已锁定或拒绝访问；请解锁后重试
core-keyring-failed = 密钥环出错：{ $why }
core-icon = 无法将此图片用作图标：{ $why }
core-capture-clipboard = 无法读取剪贴板：{ $why }
core-capture-no-image = 剪贴板中没有图片
core-capture-screen = 无法截取屏幕：{ $why }
core-scan-missing-batches =
    { $several ->
        [yes] 这个 Google 身份验证器导出共有 { $size } 个二维码，缺少第 { $missing } 个：请一并添加，否则其中的账户不会包含在内
       *[no] 这个 Google 身份验证器导出共有 { $size } 个二维码，缺少第 { $missing } 个：请一并添加，否则其中的账户不会包含在内
    }
core-advice-straight-rows = 键盘上连续的一排按键很容易被猜到。
core-advice-short-patterns = 简短的键盘图案很容易被猜到。
core-advice-repeats-aaa = 像“aaa”这样的重复很容易被猜到。
core-advice-repeats-abcabc = 像“abcabcabc”这样的重复只比“abc”难猜一点点。
core-advice-top-10 = 这是最常见的 10 个密码之一。
core-advice-top-100 = 这是最常见的 100 个密码之一。
core-advice-common = 这是非常常见的密码。
core-advice-similar = 这与常用密码相似。
core-advice-sequences = 像 abc 或 6543 这样的序列很容易被猜到。
core-advice-recent-years = 最近的年份很容易被猜到。
core-advice-one-word = 单个词很容易被猜到。
core-advice-dates = 日期通常很容易被猜到。
core-advice-names = 单独的姓名很容易被猜到。
core-advice-common-names = 常见的姓名很容易被猜到。
core-advice-few-words = 用几个词组合，避免常见短语。
core-advice-no-symbols-needed = 不需要符号、数字或大写字母。
core-advice-another-word = 再加一两个词，不常见的词更好。
core-advice-capitals = 大写字母帮助不大。
core-advice-all-capitals = 全部大写和全部小写几乎一样容易被猜到。
core-advice-reversed = 倒着写的词并不难猜多少。
core-advice-substitutions = 可预测的替换（比如用“@”代替“a”）帮助不大。
core-advice-longer-pattern = 使用更长、转折更多的键盘图案。
core-advice-avoid-repeats = 避免重复的词和字符。
core-advice-avoid-sequences = 避免序列。
core-advice-avoid-recent-years = 避免最近的年份。
core-advice-avoid-your-years = 避免与你相关的年份。
core-advice-avoid-your-dates = 避免与你相关的日期和年份。
