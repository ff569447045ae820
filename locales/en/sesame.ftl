### Sesame's words in English: the source every other catalogue translates.
### Shared by the web UI (ui/src/lib/i18n.svelte.ts) and Rust (crates/core/src/i18n.rs).

# Whether a fluent speaker has reviewed this catalogue: "yes" or "no".
-reviewed = yes

## The window

app-name = Sesame
data-error-title = Sesame cannot open its data
something-went-wrong = Something went wrong.
cancel = Cancel
close = Close
done = Done
save = Save
choose = Choose…
part-failed = Sesame could not load this part of its window. Reinstalling Sesame should mend it.
again = Again

## The header and its menu

header-profile = Profile
header-add = Add
header-add-title = Add an account (Ctrl+N)
header-lock = Lock
header-lock-label = Lock { $profile }
header-menu = More
menu-new-profile = New profile…
menu-password = Password…
menu-recovery = Recovery key…
menu-import = Import…
menu-export = Export…
menu-backups = Backups…
menu-sync = Sync…
menu-settings = Settings…
menu-login-unlock-stop = Stop unlocking with my login
menu-login-unlock-start = Also unlock with my login

## Adding accounts: the first screen and the Add dialog

empty-title = Add your first account
empty-lead = Where is the site's setup?
add-title = Add an account
add-scan-screen = Scan the QR code on my screen
add-scan-screen-hint = The site shows a QR code now: Sesame finds it.
add-open-image = Open a QR image…
add-open-image-hint = A screenshot or a saved picture. You can also drop or paste it here.
add-type-key = Type the setup key…
add-type-key-hint = The site shows a key of letters and numbers instead.
add-import = Import from another app…
add-import-hint = Aegis, 2FAS, Google Authenticator and others.
add-link = Paste a setup link (advanced)
add-link-label = Setup link (otpauth://…)
add-link-submit = Add
add-drop = Drop a QR image to scan it, or an export file to import it
accounts-added =
    { $count ->
        [one] Added 1 account.
       *[other] Added { $count } accounts.
    }
account-added = Added { $name }.
accounts-saved =
    { $count ->
        [one] Saved 1 account.
       *[other] Saved { $count } accounts.
    }
tip-quick-copy = Tip: press { $shortcut } anywhere to find an account and copy its code.
tip-search = Tip: start typing to find an account, then press Enter to copy its code.
tip-dismiss = Got it

## The list

search-label = Search accounts
search-placeholder = Search
order-title = Change the order
order-custom = Your order
order-issuer = A–Z
order-used = Most used
order-recent = Recent
groups-label = Groups
group-all = All
accounts-label = Accounts
no-match = No account matches “{ $query }”.
unnamed-account = Unnamed account
copy-title = Copy the code
favourite = Favourite
copied = Copied
next-code-label = Next code
next-code-shown = next { $code }
seconds-left-title = Seconds left
seconds-left =
    { $seconds ->
        [one] 1 second left
       *[other] { $seconds } seconds left
    }
next-code-for = Next code for { $name }
edit = Edit
edit-label = Edit { $name }
remove = Remove
remove-label = Remove { $name }
codes-change-in =
    { $seconds ->
        [one] Codes change in 1 second
       *[other] Codes change in { $seconds } seconds
    }
copied-code = Copied the code for { $name }.
copied-code-clears =
    { $seconds ->
        [one] Copied the code for { $name }; the clipboard clears in 1 second.
       *[other] Copied the code for { $name }; the clipboard clears in { $seconds } seconds.
    }

## Banners

removed = Removed { $name }.
undo = Undo
remind-recovery = This profile is kept only by your system keyring; if the keyring is reset, its accounts are lost.
remind-recovery-action = Create a recovery key
remind-backup = There is no backup of these accounts yet.
remind-backup-action = Set up automatic backups
integrity-wait = Until you confirm, Sesame changes nothing in this profile.
integrity-confirm = I have checked the accounts: start a new record

## First start and the lock screen

welcome-title = Welcome to Sesame
welcome-password = Password for your profile
welcome-create = Create profile
locked-title = { $profile } is locked
unlock-password = Password
unlock-recovery-key = Recovery key
unlock = Unlock
unlocking = Unlocking…
use-recovery-key = Use the recovery key
use-password = Use the password
try-keyring = Try the keyring again

## Scan preview

scan-found = Accounts found
scan-none = No account found
scan-not-a-code = Not an authenticator code: { $what } ({ $preview })
scan-kind-url = a web link
scan-kind-wifi = Wi-Fi settings
scan-kind-text = text
scan-save =
    { $count ->
        [one] Save 1 account
       *[other] Save { $count } accounts
    }
meta-digits =
    { $digits ->
        [one] 1 digit
       *[other] { $digits } digits
    }
meta-characters =
    { $digits ->
        [one] 1 character
       *[other] { $digits } characters
    }
meta-period = { $seconds } s
meta-already-added = already added

## Typing a setup key

manual-title = Add an account by its setup key
manual-issuer = Issuer (the site or service)
manual-account = Account (your name or address there)
manual-secret = Setup key
manual-advanced = Code settings (only if the site says so)
manual-code-now = Code now:
manual-seconds = ({ $seconds } s)
manual-type-key = Type the setup key to see its code.
manual-add = Add

## Code settings

params-type = Type
params-totp = Time-based
params-hotp = Counter (HOTP)
params-steam = Steam
params-algorithm = Algorithm
params-digits = Digits
params-period = Period (seconds)
params-counter = Counter (of the next code)

## Editing an account

edit-title = Edit account
reveal-title = Secret and QR code
reveal-qr-alt = QR code of this account, to scan with a phone
reveal-warning = Anyone who sees this can make your codes. Close this when done.
reveal-password = Your profile's password, to show the secret
reveal-caution = The secret lets anyone make this account's codes: show it only where nobody else can see.
reveal-show = Show
edit-issuer = Issuer
edit-account = Account
edit-group = Group
edit-note = Note
edit-favourite = Favourite (shown first)
edit-icon = Icon
edit-brand-placeholder = Brand (as the issuer)
edit-brand-label = Brand icon name
edit-icon-image = Image…
edit-icon-reset = Reset
edit-advanced = Code settings (advanced)
edit-advanced-warning = Change these only to match what the site uses: wrong values make every code wrong. For an HOTP account, set the counter to resynchronise.
edit-reveal = Secret and QR…

## Settings

settings-title = Settings
settings-language = Language
settings-language-system = As the system
settings-clipboard = Clear the clipboard after (seconds, 0 = never)
settings-show-next = Show the next code in the last (seconds, 0 = never)
settings-auto-lock = Lock a password profile after (minutes without input, 0 = never)
settings-time-offset = Time correction (seconds added to this computer's clock, if it is wrong)
settings-hide-codes = Hide codes until the pointer or focus is on their row
settings-shortcut = Quick copy shortcut (anywhere on the desktop; empty = none)
settings-quick-types = Quick copy types the code into the window instead of copying it (Shift+Enter does the other)
settings-start-at-login = Start Sesame when I log in
settings-close-to-tray = Closing the window keeps Sesame running (in the tray, or minimised where there is none)
settings-lock-on-minimise = Lock when the window is minimised
settings-theme = Theme
theme-system = As the system
theme-light = Light
theme-dark = Dark
settings-weaker = Locking later, or clearing the clipboard later, makes every profile less safe: type your profile's password to save.
settings-version = Sesame { $version }

## Asking for the profile's password again

owner-password = Your profile's password, { $purpose }
owner-weaken = to make these settings weaker
owner-export = to export its accounts
owner-backup = to back its accounts up
owner-sync = to turn on sync
owner-recovery = to create a recovery key
owner-allow = to allow it

## Password strength

strength-0 = Very easy to guess
strength-1 = Easy to guess
strength-2 = Fair
strength-3 = Strong
strength-4 = Very strong
strength-advice = add a few uncommon words

## Import

import-title = Import accounts
import-from = Import from { $app }
import-drop-label = Drop an export file here
import-drop = Drop an export from another authenticator app or a password manager here
import-choose = Choose a file…
import-password = This { $app } export is encrypted. Its password:
import-key-file = Key file, if the database has one
import-open = Open
import-opening = Opening…
import-rows = What the import will do
import-new = new
import-duplicate = already here
import-error = cannot import
import-confirm =
    { $count ->
        [one] Import 1 account
       *[other] Import { $count } accounts
    }

## Export

export-title = Export
export-sesame = Sesame backup
export-sesame-about = encrypted with a password; everything kept
export-aegis-encrypted = Aegis, encrypted
export-aegis-encrypted-about = opens in Aegis with its password
export-aegis = Aegis, plain
export-aegis-about = unencrypted vault with groups and notes
export-2fas-encrypted = 2FAS, encrypted
export-2fas-encrypted-about = opens in 2FAS with its password; groups kept
export-2fas = 2FAS, plain
export-2fas-about = unencrypted 2FAS backup with groups
export-ente = Ente Auth
export-ente-about = Ente's plain text export, with tags, notes and pins
export-bitwarden = Bitwarden
export-bitwarden-about = unencrypted JSON for Bitwarden; HOTP accounts are left out
export-keepassxc = KeePassXC database
export-keepassxc-about = a .kdbx file with its password; codes in KeePassXC's TOTP field, HOTP accounts left out
export-google-qr = Google Authenticator QR codes
export-google-qr-about = images to scan with a phone (a folder)
export-uris = otpauth links
export-uris-about = one per line, unencrypted
export-qr = One account as a QR code
export-qr-about = to move it to a phone
export-format = Format
export-account = Account
export-password = Password for the file
export-plain-ok = I understand this file holds my secrets unencrypted: anyone who gets it can make my codes.
export-folder = Folder
export-file = File
export-path-placeholder = Choose where to save it
export-folder-title = Folder for the QR images
export-to-title = Export to
export-run = Export
exporting = Exporting…
exported =
    { $count ->
        [one] Exported 1 account to { $where }.
       *[other] Exported { $count } accounts to { $where }.
    }
exported-files =
    { $files ->
        [one] 1 file
       *[other] { $files } files
    }
not-exported = Not exported: { $what }

## Automatic backups

backup-title = Automatic backups
backup-state = Backing up to { $folder } a few seconds after each change, keeping the last { $keep }.
backup-last = Last backup: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
backup-restore = Restore a backup with Import; it opens with the backup password alone.
backup-off = Turn off
backup-now = Back up now
backup-about = An encrypted Sesame backup is written to a folder you choose (another disk, a synced folder) after each change. It opens with its own password, so it survives a lost keyring or computer.
backup-folder = Folder
backup-folder-title = Folder for backups
backup-keep = Backups to keep
backup-password = Backup password
backup-on = Turn on
backup-turning-on = Turning on…
sync-title = Sync
sync-about = Keep this profile's accounts the same on your computers, through a folder that Syncthing, Nextcloud, Dropbox, OneDrive or iCloud Drive keeps in step, or a WebDAV server. Only encrypted files go there; the passphrase never leaves your computers.
sync-where = Sync through
sync-kind-folder = A synced folder
sync-kind-webdav = A WebDAV server (Nextcloud, ownCloud, …)
sync-folder = Folder
sync-folder-title = Folder to sync through
sync-url = WebDAV address
sync-user = User name
sync-dav-password = WebDAV password
sync-passphrase = Sync passphrase
sync-passphrase-note = On the first computer, choose a passphrase that is hard to guess; on the others, type the same one.
sync-on = Turn on sync
sync-turning-on = Connecting…
sync-state = Syncing with { $location }.
sync-last = Last sync: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
sync-never = Not synced yet.
sync-devices = Other devices: { $names }
sync-arrived = The last sync brought:
sync-problems = The last sync found:
sync-now = Sync now
sync-off = Turn off

## Profiles

profile-new-title = New profile
profile-name = Name
profile-password = Password
profile-repeat = Repeat the password
profile-keyring-hint = Leave the password empty to unlock this profile with your login instead (the system keyring).
profile-no-keyring = There is no system keyring here, so the profile needs a password.
passwords-differ = The passwords differ.
profile-create = Create
password-title = Password for { $profile }
password-current = Current password
password-new = New password
password-repeat = Repeat it
password-remove-hint = Leave it empty to remove the password: the profile then unlocks with your login (the system keyring).
password-add-hint = With a password, this profile no longer opens by itself with your login.
recovery-title = Recovery key
recovery-write-down = Write this down and keep it somewhere safe. It unlocks { $profile } if the password is forgotten or the keyring is lost. It is shown only this once.
recovery-label = Recovery key
recovery-written = I have written it down
recovery-about = A recovery key opens this profile when nothing else can.
recovery-replaces = Making a new one replaces the old one, which stops working.
recovery-create = Create a recovery key
login-unlock-title = Unlock { $profile } with your login
login-unlock-hint = Anyone who can use your computer account will then open this profile without its password.
login-unlock-allow = Allow

## Quick copy

quick-label = Quick copy
quick-search-label = Find an account to copy its code
quick-placeholder = Type to find an account
quick-suggested = Suggested for “{ $window }”
quick-matches = Matches
quick-next = next
quick-keys-copy = Enter copies · Shift+Enter types · Esc closes
quick-keys-type = Enter types · Shift+Enter copies · Esc closes

## Rust's own words: quick copy's outcome, notices, the tray

clock-warning = Your computer's clock is not synchronised with network time, so the codes may be wrong: turn on automatic time in your system settings.
notice-no-keyring = { $why }, so Sesame cannot keep your key in it. Choose a password for your profile.
scan-no-code = no QR code found
scan-unusable = an authenticator code Sesame cannot use: { $why }
scan-batch = batch { $index } of { $size }
import-choose-first = choose the file to import first
import-nothing-previewed = there is no previewed import to confirm
backup-choose-password = choose a backup password
backup-not-a-folder = { $folder } is not a folder
password-advice = use a few uncommon words, or more characters
nothing-added = nothing was added
integrity-damaged = the profile's integrity record is damaged: deleted or rolled-back entries cannot be detected until you confirm a new one
integrity-rolled-back = the profile's data is older than this computer's keyring remembers (written { $written } times, not { $remembered }): the database was put back from an earlier copy, and later changes (an HOTP counter, a deleted account) may be undone
integrity-deleted = entry { $id } was deleted outside Sesame
integrity-older-copy = entry { $id } was replaced by an older copy (version { $version }, expected { $expected }); an HOTP counter may have gone back
integrity-mismatch = entry { $id } does not match the integrity record
integrity-foreign = entry { $id } was not written by Sesame in this profile
sync-file-damaged = the file of device { $device } is damaged, or was changed by someone without the sync key; it was ignored
sync-file-replayed = the file of device { $device } is older than one already read (an old copy was put back); it was ignored
sync-own-rolled-back = this device's file in the sync location was replaced by an older copy; it was written again
sync-kept-deleted-here = { $label } was deleted here while { $device } changed it; it was kept
sync-kept-deleted-there = { $label } was deleted on { $device } while it was changed here; it was kept
sync-added = added { $label }
sync-changed = changed { $label }
sync-removed = removed { $label }
uri-warning-steam = Steam codes always use SHA1, 30 seconds and 5 characters; the URI's other values are ignored
uri-warning-counter = counter parameter missing; starting at 0
uri-warning-issuer = issuer parameter '{ $issuer }' differs from label prefix '{ $prefix }'; using '{ $issuer }'
import-aegis-icons = Aegis icons are not imported: Sesame shows its own
import-aegis-groups = entries in several Aegis groups keep only their first group
import-bitwarden-encrypted = this Bitwarden export is encrypted with your account's key, which only Bitwarden can use: export again as “Password protected” or as plain JSON
import-bitwarden-steam = Bitwarden keeps no issuer for Steam codes: issuer set to Steam, account to the item's name
import-only-secret = only a secret was stored: SHA1, 6 digits and 30 seconds assumed
import-proton-pass-pgp = this Proton Pass export is encrypted with PGP: export again without encryption (a .zip or .json), import it, then delete it
import-costly-aes-kdf = this database asks for { $rounds } rounds of AES key derivation; Sesame refuses more than { $max }
import-keepass-no-codes = none of its entries holds a one-time code (an otp field, TOTP Seed, or KeePass's TimeOtp or HmacOtp fields)
import-not-xml = not an XML file ({ $why })
import-not-preferences = not an Android preferences file
import-duo-push = a Duo push account: it has no code to import
import-duo-no-issuer = Duo Mobile keeps no issuer: each account keeps the name it had in Duo
import-authy-newer = this token uses the encryption of newer Authy versions, which Sesame cannot read yet
import-microsoft-push = a Microsoft sign-in account without a code: it cannot be imported
import-not-database = not a readable SQLite database ({ $why })
import-secret-encoding = the secret's encoding (base { $base }) is unknown
import-sha1-assumed = { $app } does not store the algorithm: SHA1 assumed
import-sha1-30-assumed = { $app } does not store the algorithm or period: SHA1 and 30 seconds assumed
import-google-no-period = Google Authenticator exports carry no period: every code uses 30 seconds
import-icon-unreadable = its icon could not be read, so Sesame shows its own
import-no-accounts = it holds no accounts
import-not-text = the file is not text
import-unsupported-kind = { $kind } accounts are not supported by Sesame
import-unknown-kind = unknown type '{ $kind }'
import-digits = digits cannot be { $digits }
import-period-too-long = period is too long
import-damaged = damaged entry: { $why }
import-item = item { $number }
import-entry = entry { $number }
import-line = line { $number }
import-row = row { $number }
import-an-entry = an entry
import-missing-field = the file has no “{ $field }”
import-missing-list = no '{ $field }' list
import-no-key-slots = the encrypted vault has no readable key slots
import-no-nonce = the encrypted vault has no nonce and tag
import-too-many-slots = this vault has { $slots } password slots; Sesame tries at most { $max }
import-field-not-base64 = “{ $field }” is not Base64
import-does-not-decrypt = the data does not decrypt with the file's key: the file is damaged
import-decrypted-not-json = the decrypted data is damaged ({ $why })
import-expected-list = expected a list of entries
import-too-short = the file is too short to be an encrypted backup
import-cut-short = the encrypted backup is cut short
import-not-export = not a { $app } export ({ $why })
import-not-csv = not a CSV file ({ $why })
import-bad-nonce = the nonce is not a secretstream header
import-not-json = not valid JSON ({ $why })
import-not-sesame = not a Sesame backup
import-newer-backup = this backup is version { $version }, written by a newer Sesame: update Sesame to read it
import-not-argon2id = { $algorithm }, where Sesame writes argon2id
import-costly-memory = this file asks for { $asked } of memory to unlock; Sesame refuses more than { $max }
import-costly-passes = this file asks for { $passes } passes over { $memory } to unlock, far more than { $app } writes; Sesame refuses more than { $max } in all
import-costly-scrypt = this file asks for scrypt with { $parameters } to unlock, { $times }× what Aegis writes; Sesame refuses more than 8×
import-costly-pbkdf2 = this file asks for { $iterations } PBKDF2 iterations to unlock, far more than { $app } writes; Sesame refuses more than { $max }
entry-undecryptable = it cannot be decrypted: it is damaged, or was moved from another profile

quick-copied = Copied
quick-typed = Typed
quick-clears = { $what }; the clipboard is cleared in { $seconds } s
quick-copied-instead = { $why }, so it was copied instead
quick-no-target = Sesame does not know which window to type into
quick-typing-failed = typing failed
quick-cannot-focus = Sesame cannot give the focus back to that window
quick-lost-keyboard = “{ $window }” no longer has the keyboard
quick-cannot-type = this system does not let Sesame type into other windows
quick-keys-refused = this system refused the typed keys
tray-copy = Copy { $name }
tray-open = Open Sesame
tray-quick-copy = Quick copy…
tray-lock = Lock
tray-quit = Quit

## The desktop file (packaging/sesame.desktop; tests/packaging.rs keeps it equal to these)

desktop-generic-name = Authenticator
desktop-comment = Two-factor codes on your desktop
desktop-keywords = 2FA;two-factor;authenticator;OTP;TOTP;code;login;
desktop-quick-copy = Quick copy
