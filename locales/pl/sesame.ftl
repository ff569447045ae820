### Słowa Sesame po polsku.

# Whether a fluent speaker has reviewed this catalogue: "yes" or "no".
-reviewed = no

## The window

app-name = Sesame
data-error-title = Sesame nie może otworzyć swoich danych
something-went-wrong = Coś poszło nie tak.
cancel = Anuluj
close = Zamknij
done = Gotowe
save = Zapisz
choose = Wybierz…
part-failed = Sesame nie udało się wczytać tej części okna. Ponowna instalacja Sesame powinna to naprawić.
again = Jeszcze raz

## The header and its menu

header-profile = Profil
header-add = Dodaj
header-add-title = Dodaj konto (Ctrl+N)
header-lock = Zablokuj
header-lock-label = Zablokuj { $profile }
header-menu = Więcej
menu-new-profile = Nowy profil…
menu-password = Hasło…
menu-recovery = Klucz odzyskiwania…
menu-import = Importuj…
menu-export = Eksportuj…
menu-backups = Kopie zapasowe…
menu-sync = Synchronizacja…
menu-settings = Ustawienia…
menu-login-unlock-stop = Nie odblokowuj po zalogowaniu
menu-login-unlock-start = Odblokowuj też po zalogowaniu

## Adding accounts: the first screen and the Add dialog

empty-title = Dodaj swoje pierwsze konto
empty-lead = Gdzie strona pokazała konfigurację?
add-title = Dodaj konto
add-scan-screen = Zeskanuj kod QR z mojego ekranu
add-scan-screen-hint = Strona pokazuje teraz kod QR: Sesame go znajdzie.
add-open-image = Otwórz obraz z kodem QR…
add-open-image-hint = Zrzut ekranu lub zapisany obraz. Możesz go też upuścić lub wkleić tutaj.
add-type-key = Wpisz klucz konfiguracji…
add-type-key-hint = Strona pokazuje zamiast tego klucz z liter i cyfr.
add-import = Importuj z innej aplikacji…
add-import-hint = Aegis, 2FAS, Google Authenticator i inne.
add-link = Wklej link konfiguracji (zaawansowane)
add-link-label = Link konfiguracji (otpauth://…)
add-link-submit = Dodaj
add-drop = Upuść obraz z kodem QR, aby go zeskanować, lub plik eksportu, aby go zaimportować
accounts-added =
    { $count ->
        [one] Dodano { $count } konto.
        [few] Dodano { $count } konta.
        [many] Dodano { $count } kont.
       *[other] Dodano { $count } konta.
    }
account-added = Dodano { $name }.
accounts-saved =
    { $count ->
        [one] Zapisano { $count } konto.
        [few] Zapisano { $count } konta.
        [many] Zapisano { $count } kont.
       *[other] Zapisano { $count } konta.
    }
tip-quick-copy = Wskazówka: naciśnij { $shortcut } w dowolnym miejscu, aby znaleźć konto i skopiować jego kod.
tip-search = Wskazówka: zacznij pisać, aby znaleźć konto, i naciśnij Enter, aby skopiować jego kod.
tip-dismiss = Rozumiem

## The list

search-label = Szukaj kont
search-placeholder = Szukaj
order-title = Zmień kolejność
order-custom = Twoja kolejność
order-issuer = A–Z
order-used = Najczęstsze
order-recent = Ostatnie
groups-label = Grupy
group-all = Wszystkie
accounts-label = Konta
no-match = Żadne konto nie pasuje do „{ $query }”.
unnamed-account = Konto bez nazwy
copy-title = Kopiuj kod
favourite = Ulubione
copied = Skopiowano
next-code-label = Następny kod
next-code-shown = potem { $code }
seconds-left-title = Pozostałe sekundy
seconds-left =
    { $seconds ->
        [one] Została { $seconds } sekunda
        [few] Zostały { $seconds } sekundy
        [many] Zostało { $seconds } sekund
       *[other] Zostało { $seconds } sekundy
    }
next-code-for = Następny kod dla { $name }
edit = Edytuj
edit-label = Edytuj { $name }
remove = Usuń
remove-label = Usuń { $name }
codes-change-in =
    { $seconds ->
        [one] Kody zmienią się za { $seconds } sekundę
        [few] Kody zmienią się za { $seconds } sekundy
        [many] Kody zmienią się za { $seconds } sekund
       *[other] Kody zmienią się za { $seconds } sekundy
    }
copied-code = Skopiowano kod dla { $name }.
copied-code-clears =
    { $seconds ->
        [one] Skopiowano kod dla { $name }; schowek zostanie wyczyszczony za { $seconds } sekundę.
        [few] Skopiowano kod dla { $name }; schowek zostanie wyczyszczony za { $seconds } sekundy.
        [many] Skopiowano kod dla { $name }; schowek zostanie wyczyszczony za { $seconds } sekund.
       *[other] Skopiowano kod dla { $name }; schowek zostanie wyczyszczony za { $seconds } sekundy.
    }

## Banners

removed = Usunięto { $name }.
undo = Cofnij
remind-recovery = Ten profil przechowuje tylko systemowy pęk kluczy; jeśli zostanie zresetowany, konta przepadną.
remind-recovery-action = Utwórz klucz odzyskiwania
remind-backup = Tych kont nie ma jeszcze w żadnej kopii zapasowej.
remind-backup-action = Skonfiguruj automatyczne kopie
integrity-wait = Dopóki nie potwierdzisz, Sesame niczego nie zmienia w tym profilu.
integrity-confirm = Sprawdziłem konta: zacznij nowy zapis

## First start and the lock screen

welcome-title = Witaj w Sesame
welcome-password = Hasło do twojego profilu
welcome-create = Utwórz profil
locked-title = { $profile } jest zablokowany
unlock-password = Hasło
unlock-recovery-key = Klucz odzyskiwania
unlock = Odblokuj
unlocking = Odblokowywanie…
use-recovery-key = Użyj klucza odzyskiwania
use-password = Użyj hasła
try-keyring = Spróbuj ponownie pęku kluczy

## Scan preview

scan-found = Znalezione konta
scan-none = Nie znaleziono konta
scan-not-a-code = To nie jest kod uwierzytelniający: { $what } ({ $preview })
scan-kind-url = link internetowy
scan-kind-wifi = ustawienia Wi-Fi
scan-kind-text = tekst
scan-save =
    { $count ->
        [one] Zapisz { $count } konto
        [few] Zapisz { $count } konta
        [many] Zapisz { $count } kont
       *[other] Zapisz { $count } konta
    }
meta-digits =
    { $digits ->
        [one] { $digits } cyfra
        [few] { $digits } cyfry
        [many] { $digits } cyfr
       *[other] { $digits } cyfry
    }
meta-characters =
    { $digits ->
        [one] { $digits } znak
        [few] { $digits } znaki
        [many] { $digits } znaków
       *[other] { $digits } znaku
    }
meta-period = { $seconds } s
meta-already-added = już dodane

## Typing a setup key

manual-title = Dodaj konto za pomocą klucza konfiguracji
manual-issuer = Wystawca (strona lub usługa)
manual-account = Konto (twoja nazwa lub adres w tej usłudze)
manual-secret = Klucz konfiguracji
manual-advanced = Ustawienia kodu (tylko jeśli strona tak mówi)
manual-code-now = Kod teraz:
manual-seconds = ({ $seconds } s)
manual-type-key = Wpisz klucz, aby zobaczyć jego kod.
manual-add = Dodaj

## Code settings

params-type = Typ
params-totp = Czasowy
params-hotp = Licznikowy (HOTP)
params-steam = Steam
params-algorithm = Algorytm
params-digits = Cyfry
params-period = Okres (sekundy)
params-counter = Licznik (następnego kodu)

## Editing an account

edit-title = Edytuj konto
reveal-title = Sekret i kod QR
reveal-qr-alt = Kod QR tego konta do zeskanowania telefonem
reveal-warning = Każdy, kto to zobaczy, może generować twoje kody. Zamknij po skończeniu.
reveal-password = Hasło twojego profilu, aby pokazać sekret
reveal-caution = Sekret pozwala każdemu generować kody tego konta: pokazuj go tylko tam, gdzie nikt inny nie widzi.
reveal-show = Pokaż
edit-issuer = Wystawca
edit-account = Konto
edit-group = Grupa
edit-note = Notatka
edit-favourite = Ulubione (pokazywane na początku)
edit-icon = Ikona
edit-brand-placeholder = Marka (jak wystawca)
edit-brand-label = Nazwa ikony marki
edit-icon-image = Obraz…
edit-icon-reset = Przywróć
edit-advanced = Ustawienia kodu (zaawansowane)
edit-advanced-warning = Zmieniaj je tylko po to, by zgadzały się z ustawieniami strony: złe wartości psują wszystkie kody. Dla konta HOTP ustaw licznik, aby zsynchronizować je ponownie.
edit-reveal = Sekret i QR…

## Settings

settings-title = Ustawienia
settings-language = Język
settings-language-system = Jak w systemie
settings-clipboard = Czyść schowek po (sekundy, 0 = nigdy)
settings-show-next = Pokazuj następny kod w ostatnich (sekundy, 0 = nigdy)
settings-auto-lock = Blokuj profil z hasłem po (minuty bez aktywności, 0 = nigdy)
settings-time-offset = Korekta czasu (sekundy dodawane do zegara komputera, jeśli się myli)
settings-hide-codes = Ukrywaj kody, dopóki wskaźnik lub fokus nie jest na ich wierszu
settings-shortcut = Skrót szybkiego kopiowania (w całym systemie; puste = brak)
settings-quick-types = Szybkie kopiowanie wpisuje kod w oknie zamiast go kopiować (Shift+Enter robi odwrotnie)
settings-start-at-login = Uruchamiaj Sesame po zalogowaniu
settings-close-to-tray = Zamknięcie okna nie wyłącza Sesame (zostaje w zasobniku lub zminimalizowane, gdy zasobnika brak)
settings-lock-on-minimise = Blokuj po zminimalizowaniu okna
settings-theme = Motyw
theme-system = Jak w systemie
theme-light = Jasny
theme-dark = Ciemny
settings-weaker = Późniejsza blokada lub późniejsze czyszczenie schowka osłabia ochronę każdego profilu: wpisz hasło profilu, aby zapisać.
settings-version = Sesame { $version }

## Asking for the profile's password again

owner-password = Hasło twojego profilu, { $purpose }
owner-weaken = aby złagodzić te ustawienia
owner-export = aby wyeksportować jego konta
owner-backup = aby tworzyć kopie jego kont
owner-sync = aby włączyć synchronizację
owner-recovery = aby utworzyć klucz odzyskiwania
owner-allow = aby na to zezwolić

## Password strength

strength-0 = Bardzo łatwe do odgadnięcia
strength-1 = Łatwe do odgadnięcia
strength-2 = Przeciętne
strength-3 = Silne
strength-4 = Bardzo silne
strength-advice = dodaj kilka rzadkich słów

## Import

import-title = Importuj konta
import-from = Import z { $app }
import-drop-label = Upuść tutaj plik eksportu
import-drop = Upuść tutaj eksport z innej aplikacji uwierzytelniającej lub menedżera haseł
import-choose = Wybierz plik…
import-password = Ten eksport z { $app } jest zaszyfrowany. Jego hasło:
import-key-file = Plik klucza, jeśli baza go ma
import-open = Otwórz
import-opening = Otwieranie…
import-rows = Co zrobi import
import-new = nowe
import-duplicate = już jest
import-error = nie da się zaimportować
import-confirm =
    { $count ->
        [one] Importuj { $count } konto
        [few] Importuj { $count } konta
        [many] Importuj { $count } kont
       *[other] Importuj { $count } konta
    }

## Export

export-title = Eksport
export-sesame = Kopia zapasowa Sesame
export-sesame-about = zaszyfrowana hasłem; zachowuje wszystko
export-aegis-encrypted = Aegis, zaszyfrowany
export-aegis-encrypted-about = otwiera się w Aegis z hasłem
export-aegis = Aegis, bez szyfrowania
export-aegis-about = niezaszyfrowany sejf z grupami i notatkami
export-2fas-encrypted = 2FAS, zaszyfrowany
export-2fas-encrypted-about = otwiera się w 2FAS z hasłem; grupy zachowane
export-2fas = 2FAS, bez szyfrowania
export-2fas-about = niezaszyfrowana kopia 2FAS z grupami
export-ente = Ente Auth
export-ente-about = tekstowy eksport Ente, z tagami, notatkami i przypięciami
export-bitwarden = Bitwarden
export-bitwarden-about = niezaszyfrowany JSON dla Bitwardena; konta HOTP są pomijane
export-keepassxc = Baza KeePassXC
export-keepassxc-about = plik .kdbx z hasłem; kody w polu TOTP KeePassXC, konta HOTP są pomijane
export-google-qr = Kody QR Google Authenticator
export-google-qr-about = obrazy do zeskanowania telefonem (folder)
export-uris = Linki otpauth
export-uris-about = po jednym w wierszu, bez szyfrowania
export-qr = Jedno konto jako kod QR
export-qr-about = aby przenieść je na telefon
export-format = Format
export-account = Konto
export-password = Hasło do pliku
export-plain-ok = Rozumiem, że ten plik zawiera moje sekrety bez szyfrowania: każdy, kto go zdobędzie, może generować moje kody.
export-folder = Folder
export-file = Plik
export-path-placeholder = Wybierz, gdzie zapisać
export-folder-title = Folder na obrazy QR
export-to-title = Eksportuj do
export-run = Eksportuj
exporting = Eksportowanie…
exported =
    { $count ->
        [one] Wyeksportowano { $count } konto do { $where }.
        [few] Wyeksportowano { $count } konta do { $where }.
        [many] Wyeksportowano { $count } kont do { $where }.
       *[other] Wyeksportowano { $count } konta do { $where }.
    }
exported-files =
    { $files ->
        [one] { $files } pliku
        [few] { $files } plików
        [many] { $files } plików
       *[other] { $files } pliku
    }
not-exported = Nie wyeksportowano: { $what }

## Automatic backups

backup-title = Automatyczne kopie zapasowe
backup-state = Kopia do { $folder } kilka sekund po każdej zmianie; przechowywane są ostatnie { $keep }.
backup-last = Ostatnia kopia: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
backup-restore = Kopię przywrócisz przez Import; otwiera się samym hasłem kopii.
backup-off = Wyłącz
backup-now = Utwórz kopię teraz
backup-about = Po każdej zmianie zaszyfrowana kopia Sesame trafia do wybranego folderu (inny dysk, folder synchronizowany). Otwiera się własnym hasłem, więc przetrwa utratę pęku kluczy lub komputera.
backup-folder = Folder
backup-folder-title = Folder na kopie
backup-keep = Ile kopii przechowywać
backup-password = Hasło kopii
backup-on = Włącz
backup-turning-on = Włączanie…
sync-title = Synchronizacja
sync-about = Utrzymuj te same konta tego profilu na swoich komputerach — przez folder, który Syncthing, Nextcloud, Dropbox, OneDrive lub iCloud Drive utrzymuje w zgodzie, albo przez serwer WebDAV. Trafiają tam tylko zaszyfrowane pliki; hasło synchronizacji nie opuszcza twoich komputerów.
sync-where = Synchronizuj przez
sync-kind-folder = Synchronizowany folder
sync-kind-webdav = Serwer WebDAV (Nextcloud, ownCloud, …)
sync-folder = Folder
sync-folder-title = Folder do synchronizacji
sync-url = Adres WebDAV
sync-user = Nazwa użytkownika
sync-dav-password = Hasło WebDAV
sync-passphrase = Hasło synchronizacji
sync-passphrase-note = Na pierwszym komputerze wybierz hasło trudne do odgadnięcia; na pozostałych wpisz to samo.
sync-on = Włącz synchronizację
sync-turning-on = Łączenie…
sync-state = Synchronizacja z { $location }.
sync-last = Ostatnia synchronizacja: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
sync-never = Jeszcze nie zsynchronizowano.
sync-devices = Inne urządzenia: { $names }
sync-arrived = Ostatnia synchronizacja przyniosła:
sync-problems = Ostatnia synchronizacja wykryła:
sync-now = Synchronizuj teraz
sync-off = Wyłącz

## Profiles

profile-new-title = Nowy profil
profile-name = Nazwa
profile-password = Hasło
profile-repeat = Powtórz hasło
profile-keyring-hint = Zostaw hasło puste, aby ten profil odblokowywał się po zalogowaniu (przez systemowy pęk kluczy).
profile-no-keyring = Nie ma tu systemowego pęku kluczy, więc profil potrzebuje hasła.
passwords-differ = Hasła się różnią.
profile-create = Utwórz
password-title = Hasło dla { $profile }
password-current = Obecne hasło
password-new = Nowe hasło
password-repeat = Powtórz je
password-remove-hint = Zostaw puste, aby usunąć hasło: profil będzie się wtedy odblokowywał po zalogowaniu (przez systemowy pęk kluczy).
password-add-hint = Z hasłem ten profil nie będzie się już otwierał sam po zalogowaniu.
recovery-title = Klucz odzyskiwania
recovery-write-down = Zapisz go i przechowuj w bezpiecznym miejscu. Odblokuje { $profile }, jeśli zapomnisz hasła lub stracisz pęk kluczy. Jest pokazywany tylko ten jeden raz.
recovery-label = Klucz odzyskiwania
recovery-written = Zapisałem go
recovery-about = Klucz odzyskiwania otwiera ten profil, gdy nic innego nie działa.
recovery-replaces = Nowy klucz zastępuje stary, który przestaje działać.
recovery-create = Utwórz klucz odzyskiwania
login-unlock-title = Odblokowuj { $profile } po zalogowaniu
login-unlock-hint = Każdy, kto może używać twojego konta na komputerze, otworzy wtedy ten profil bez hasła.
login-unlock-allow = Zezwól

## Quick copy

quick-label = Szybkie kopiowanie
quick-search-label = Znajdź konto, aby skopiować jego kod
quick-placeholder = Pisz, aby znaleźć konto
quick-suggested = Sugerowane dla „{ $window }”
quick-matches = Wyniki
quick-next = następny
quick-keys-copy = Enter kopiuje · Shift+Enter wpisuje · Esc zamyka
quick-keys-type = Enter wpisuje · Shift+Enter kopiuje · Esc zamyka

## Rust's own words: quick copy's outcome, notices, the tray

clock-warning = Zegar komputera nie jest zsynchronizowany z czasem sieciowym, więc kody mogą być błędne: włącz automatyczny czas w ustawieniach systemu.
notice-no-keyring = { $why }, więc Sesame nie może przechowywać w nim twojego klucza. Wybierz hasło do profilu.
scan-no-code = nie znaleziono kodu QR
scan-unusable = kod uwierzytelniający, którego Sesame nie może użyć: { $why }
scan-batch = część { $index } z { $size }
import-choose-first = najpierw wybierz plik do importu
import-nothing-previewed = nie ma podglądu importu do potwierdzenia
backup-choose-password = wybierz hasło kopii zapasowych
backup-not-a-folder = { $folder } nie jest folderem
password-advice = użyj kilku rzadkich słów albo więcej znaków
nothing-added = niczego nie dodano
integrity-damaged = zapis integralności profilu jest uszkodzony: usuniętych lub cofniętych wpisów nie da się wykryć, dopóki nie potwierdzisz nowego
integrity-rolled-back = dane profilu są starsze, niż pamięta pęk kluczy tego komputera (zapisane { $written } razy, a nie { $remembered }): bazę przywrócono z wcześniejszej kopii i późniejsze zmiany (licznik HOTP, usunięte konto) mogły zostać cofnięte
integrity-deleted = wpis { $id } usunięto poza Sesame
integrity-older-copy = wpis { $id } zastąpiono starszą kopią (wersja { $version }, oczekiwano { $expected }); licznik HOTP mógł się cofnąć
integrity-mismatch = wpis { $id } nie zgadza się z zapisem integralności
integrity-foreign = wpisu { $id } nie zapisało w tym profilu Sesame
sync-file-damaged = plik urządzenia { $device } jest uszkodzony albo zmienił go ktoś bez klucza synchronizacji; pominięto go
sync-file-replayed = plik urządzenia { $device } jest starszy niż już odczytany (przywrócono starą kopię); pominięto go
sync-own-rolled-back = plik tego urządzenia w miejscu synchronizacji zastąpiono starszą kopią; zapisano go ponownie
sync-kept-deleted-here = { $label } usunięto tutaj, gdy { $device } go zmieniało; zachowano go
sync-kept-deleted-there = { $label } usunięto na { $device }, gdy był zmieniany tutaj; zachowano go
sync-added = dodano { $label }
sync-changed = zmieniono { $label }
sync-removed = usunięto { $label }
uri-warning-steam = kody Steam zawsze używają SHA1, 30 sekund i 5 znaków; pozostałe wartości linku są pomijane
uri-warning-counter = brak parametru counter; liczenie od 0
uri-warning-issuer = parametr issuer „{ $issuer }” różni się od prefiksu etykiety „{ $prefix }”; używam „{ $issuer }”
import-aegis-icons = ikony z Aegis nie są importowane: Sesame pokazuje własne
import-aegis-groups = wpisy z kilku grup Aegis zachowują tylko pierwszą grupę
import-bitwarden-encrypted = ten eksport Bitwardena jest zaszyfrowany kluczem twojego konta, którego może używać tylko Bitwarden: wyeksportuj ponownie jako „Chroniony hasłem” lub jako zwykły JSON
import-bitwarden-steam = Bitwarden nie przechowuje wystawcy kodów Steam: wystawca Steam, konto to nazwa elementu
import-only-secret = zapisano tylko sekret: przyjęto SHA1, 6 cyfr i 30 sekund
import-proton-pass-pgp = ten eksport Proton Pass jest zaszyfrowany PGP: wyeksportuj ponownie bez szyfrowania (.zip lub .json), zaimportuj, a potem usuń
import-costly-aes-kdf = ta baza żąda { $rounds } rund wyprowadzania klucza AES; Sesame odmawia więcej niż { $max }
import-keepass-no-codes = żaden z jej wpisów nie zawiera kodu jednorazowego (pola otp, TOTP Seed ani pól TimeOtp lub HmacOtp KeePassa)
import-not-xml = to nie jest plik XML ({ $why })
import-not-preferences = to nie jest plik ustawień Androida
import-duo-push = konto push Duo: nie ma kodu do zaimportowania
import-duo-no-issuer = Duo Mobile nie przechowuje wystawcy: każde konto zachowuje nazwę, którą miało w Duo
import-authy-newer = ten token używa szyfrowania nowszych wersji Authy, którego Sesame jeszcze nie odczytuje
import-microsoft-push = konto logowania Microsoft bez kodu: nie można go zaimportować
import-not-database = to nie jest czytelna baza danych SQLite ({ $why })
import-secret-encoding = nieznane kodowanie sekretu (base { $base })
import-sha1-assumed = { $app } nie przechowuje algorytmu: przyjęto SHA1
import-sha1-30-assumed = { $app } nie przechowuje algorytmu ani okresu: przyjęto SHA1 i 30 sekund
import-google-no-period = eksporty Google Authenticator nie mają okresu: wszystkie kody trwają 30 sekund
import-icon-unreadable = nie udało się odczytać ikony, więc Sesame pokazuje własną
import-no-accounts = nie zawiera kont
import-not-text = plik nie jest tekstowy
import-unsupported-kind = Sesame nie obsługuje kont { $kind }
import-unknown-kind = nieznany typ „{ $kind }”
import-digits = liczba cyfr nie może wynosić { $digits }
import-period-too-long = okres jest za długi
import-damaged = uszkodzony wpis: { $why }
import-item = element { $number }
import-entry = wpis { $number }
import-line = wiersz { $number }
import-row = wiersz { $number }
import-an-entry = wpis
import-missing-field = w pliku brakuje „{ $field }”
import-missing-list = brak listy „{ $field }”
import-no-key-slots = zaszyfrowany sejf nie ma czytelnych slotów kluczy
import-no-nonce = zaszyfrowany sejf nie ma nonce ani tagu
import-too-many-slots = ten sejf ma { $slots } slotów haseł; Sesame próbuje najwyżej { $max }
import-field-not-base64 = „{ $field }” nie jest w Base64
import-does-not-decrypt = danych nie da się odszyfrować kluczem pliku: plik jest uszkodzony
import-decrypted-not-json = odszyfrowane dane są uszkodzone ({ $why })
import-expected-list = oczekiwano listy wpisów
import-too-short = plik jest za krótki na zaszyfrowaną kopię
import-cut-short = zaszyfrowana kopia jest ucięta
import-not-export = to nie jest eksport z { $app } ({ $why })
import-not-csv = to nie jest plik CSV ({ $why })
import-bad-nonce = nonce nie jest nagłówkiem secretstream
import-not-json = to nie jest poprawny JSON ({ $why })
import-not-sesame = to nie jest kopia zapasowa Sesame
import-newer-backup = ta kopia ma wersję { $version } i pochodzi z nowszego Sesame: zaktualizuj Sesame, aby ją odczytać
import-not-argon2id = { $algorithm }, a Sesame zapisuje argon2id
import-costly-memory = ten plik wymaga do otwarcia { $asked } pamięci; Sesame odmawia powyżej { $max }
import-costly-passes = ten plik wymaga do otwarcia { $passes } przebiegów po { $memory }, dużo więcej, niż zapisuje { $app }; Sesame odmawia powyżej { $max } łącznie
import-costly-scrypt = ten plik wymaga do otwarcia scrypt z { $parameters }, { $times }× więcej, niż zapisuje Aegis; Sesame odmawia powyżej 8×
import-costly-pbkdf2 = ten plik wymaga do otwarcia { $iterations } iteracji PBKDF2, dużo więcej, niż zapisuje { $app }; Sesame odmawia powyżej { $max }
entry-undecryptable = nie da się go odszyfrować: jest uszkodzony albo przeniesiony z innego profilu
quick-copied = Skopiowano
quick-typed = Wpisano
quick-clears = { $what }; schowek zostanie wyczyszczony za { $seconds } s
quick-copied-instead = { $why }, więc kod został skopiowany
quick-no-target = Sesame nie wie, w którym oknie pisać
quick-typing-failed = wpisywanie się nie udało
quick-cannot-focus = Sesame nie może oddać fokusu temu oknu
quick-lost-keyboard = „{ $window }” nie ma już klawiatury
quick-cannot-type = ten system nie pozwala Sesame pisać w innych oknach
quick-keys-refused = ten system odrzucił naciśnięcia klawiszy
tray-copy = Kopiuj { $name }
tray-open = Otwórz Sesame
tray-quick-copy = Szybkie kopiowanie…
tray-lock = Zablokuj
tray-quit = Zakończ

## The desktop file (packaging/sesame.desktop; tests/packaging.rs keeps it equal to these)

desktop-generic-name = Uwierzytelniacz
desktop-comment = Kody dwuskładnikowe na twoim pulpicie
desktop-keywords = 2FA;dwuskładnikowe;uwierzytelniacz;OTP;TOTP;kod;logowanie;
desktop-quick-copy = Szybkie kopiowanie

## Errors and notices of Rust's core: their English is Rust's own (the CLI's words)

core-as-is = { $message }
core-file-empty = plik jest pusty
core-uri-empty = link jest pusty
core-uri-not-a-uri = to nie jest link: oczekiwano otpauth://TYP/ETYKIETA?secret=…
core-uri-scheme = to nie jest link otpauth: schemat to „{ $scheme }”
core-uri-migration = ten link otpauth-migration zawiera pakiet kont, nie jedno konto
core-uri-missing-type = brak typu kodu: oczekiwano otpauth://totp/, otpauth://hotp/ lub otpauth://steam/
core-uri-type = nieobsługiwany typ kodu „{ $type }”: Sesame czyta totp, hotp i steam
core-uri-label-encoding = etykieta po zdekodowaniu nie jest poprawnym UTF-8
core-uri-duplicate = parametr „{ $parameter }” występuje więcej niż raz
core-uri-missing-secret = brak parametru secret
core-uri-empty-secret = sekret jest pusty
core-uri-secret-symbol = sekret nie jest poprawnym Base32: nieoczekiwany znak „{ $found }” na pozycji { $position }
core-uri-secret-length = sekret nie jest poprawnym Base32: { $count } znaków nie koduje pełnych bajtów
core-uri-algorithm = nieznany algorytm „{ $algorithm }”
core-uri-not-a-number = { $name } musi być liczbą całkowitą, a nie „{ $value }”
core-uri-steam-hotp = kody Steam są czasowe: encoder=steam nie pasuje do linku hotp
core-param-digits = liczba cyfr musi wynosić od { $min } do { $max }, a nie { $digits }
core-param-period = okres musi wynosić od 1 do { $max } sekund, a nie { $period }
core-param-steam = kody Steam zawsze używają SHA1 i 5 znaków
core-migration-scheme = to nie jest link otpauth-migration: schemat to „{ $scheme }”
core-migration-missing-data = link otpauth-migration nie ma parametru data
core-migration-base64 = dane przenoszenia nie są poprawnym Base64
core-migration-protobuf = dane przenoszenia nie są eksportem Google Authenticator: { $why }
core-migration-empty = pakiet przenoszenia nie zawiera kont
core-migration-batch-index = część { $index } jest poza pakietem { $size } części
core-migration-batch-too-large = ten eksport deklaruje { $count } kodów QR; Sesame czyta eksporty mające najwyżej { $max }
core-migration-entry = konto { $position } pakietu ({ $label }): { $reason }
core-qr-too-large = plik jest większy niż { $mib } MiB
core-qr-unknown-format = Sesame nie potrafi odczytać tego obrazu (PNG, JPEG, WebP, GIF lub BMP)
core-qr-dimensions = obraz jest zbyt duży do skanowania: najwyżej { $side } pikseli na bok, { $megapixels } megapikseli i { $alloc } MiB po rozpakowaniu
core-qr-damaged = obraz jest uszkodzony lub ucięty: { $why }
core-vault-data-dir = nie można użyć folderu danych { $path }: { $reason }
core-vault-not-a-database = { $path } nie jest bazą danych Sesame ({ $why }); nie został zmieniony
core-vault-damaged = baza danych { $path } jest uszkodzona ({ $why }); nie została zmieniona
core-vault-newer-schema = baza danych { $path } została zapisana przez nowsze Sesame (schemat { $schema }); zaktualizuj Sesame
core-vault-disk-full = dysk jest pełny: niczego nie zapisano
core-vault-read-only = folder danych jest tylko do odczytu: niczego nie zapisano
core-vault-busy = baza danych jest zajęta (zapisuje do niej inne Sesame); spróbuj ponownie
core-vault-database = błąd bazy danych: { $why }
core-vault-no-profile = nie ma profilu o nazwie „{ $profile }”
core-vault-profile-exists = profil o nazwie „{ $profile }” już istnieje
core-vault-invalid-name = nazwa profilu ma od 1 do 64 znaków, bez znaków sterujących
core-vault-wrong-password = błędne hasło do profilu { $profile }
core-vault-locked = profil { $profile } jest zablokowany
core-vault-wrong-recovery-key = błędny klucz odzyskiwania profilu { $profile }
core-vault-no-password = profil { $profile } nie ma hasła
core-vault-no-password-to-remove = profil { $profile } nie ma hasła do usunięcia
core-vault-no-recovery-key = profil { $profile } nie ma klucza odzyskiwania
core-vault-no-keyring-key = profil { $profile } nie ma klucza w pęku kluczy
core-vault-keyring-unavailable = profil { $profile } jest chroniony pękiem kluczy, ale { $why }; odblokuj go hasłem lub kluczem odzyskiwania
core-vault-key-missing = w pęku kluczy brakuje klucza profilu { $profile } (albo pęk kluczy jest zablokowany); odblokuj go hasłem lub kluczem odzyskiwania
core-vault-damaged-slot = klucz profilu { $profile } jest uszkodzony
core-vault-damaged-settings = ustawienia profilu { $profile } są uszkodzone; skonfiguruj ponownie jego automatyczne kopie
core-vault-last-slot = wtedy profilu { $profile } nie dałoby się w żaden sposób odblokować
core-vault-no-entry = w tym profilu nie ma wpisu o numerze { $id }
core-vault-integrity = zapis integralności profilu { $profile } jest uszkodzony lub starszy, niż pamięta ten komputer, więc Sesame nie wie, czy wpisy nie zostały usunięte lub cofnięte; sprawdź konta, a potem potwierdź, aby zacząć nowy zapis
core-sync-not-enabled = profil { $profile } nie jest synchronizowany: najpierw skonfiguruj synchronizację (sync enable lub Ustawienia w aplikacji)
core-sync-already-enabled = profil { $profile } jest już synchronizowany z { $location }; najpierw wyłącz synchronizację, aby użyć innego miejsca
core-sync-wrong-passphrase = błędne hasło synchronizacji: nic nie zostało odczytane ani zapisane
core-sync-unreachable = brak dostępu do { $location } ({ $why }); nic nie zostało utracone, następna synchronizacja spróbuje ponownie
core-sync-webdav-refused = serwer WebDAV pod adresem { $url } odrzucił nazwę użytkownika lub hasło
core-sync-set-missing = { $location } nie zawiera już zestawu synchronizacji tego profilu; nic tu nie zmieniono (jeśli folder został przeniesiony, wyłącz synchronizację i skonfiguruj ją w nowym miejscu)
core-sync-bad-set = pliku sesame-sync.json zestawu synchronizacji nie można użyć: { $why }; nic nie zmieniono
core-sync-integrity = sprawdzenie integralności profilu { $profile } wykryło problemy: usuń je przed synchronizacją, aby nie rozprzestrzeniły się na inne urządzenia
core-mirror-folder = nie można odczytać folderu { $dir }: { $why }
core-mirror-format = lustro śledzi automatyczne kopie zapasowe { $formats }; „{ $format }” do nich nie należy
core-mirror-already = { $dir } jest już śledzony
core-mirror-not-followed = { $dir } nie jest śledzony
core-mirror-backup = nie można odczytać kopii zapasowej { $file }: { $why }
core-vault-recovery-format = klucz odzyskiwania jest nieprawidłowy: { $why }
core-settings-clipboard = schowek można czyścić po 0 (nigdy) do 600 sekundach
core-settings-show-next = następny kod może się pokazywać w ostatnich 0 (nigdy) do 30 sekundach
core-settings-auto-lock = automatyczna blokada może nastąpić po 0 (nigdy) do 1440 minutach
core-settings-time-offset = korekta czasu może wynosić najwyżej godzinę w każdą stronę (3600 sekund)
core-settings-shortcut = skrót szybkiego kopiowania jest za długi
core-settings-language = Sesame nie ma katalogu dla języka „{ $language }”
core-settings-write = nie można zapisać ustawień: { $why }
core-import-too-large = plik jest większy niż { $mib } MiB, czyli maksimum dla eksportu
core-import-unknown-format = to nie jest eksport znany Sesame: oczekiwano jednego z { $formats }
core-import-not-this-format = to nie jest { $app }: { $reason }
core-import-needs-password = ten eksport z { $app } jest zaszyfrowany: potrzebne jest jego hasło
core-import-wrong-password = błędne hasło
core-import-parameters = parametry szyfrowania pliku są poza zakresem: { $why }
core-import-summary =
    { $written ->
        [yes] Zaimportowano: { $new }
       *[no] Zostałoby zaimportowanych: { $new }
    }{ $duplicates ->
        [0] {""}
       *[other] , pominięte duplikaty: { $duplicates }
    }{ $failed ->
        [0] {""}
       *[other] , nie da się zaimportować: { $failed } — { $errors }
    }
core-export-empty = nie ma czego eksportować
core-export-needs-password = format { $format } jest szyfrowany: potrzebne jest hasło
core-export-one-entry = format qr mieści jedno konto: wybierz je przez --entry
core-export-nothing-fits = żadne konto nie pasuje do formatu { $format }: { $why }
core-export-kdf = wyprowadzenie klucza nie powiodło się: { $why }
core-weak-password-first-guesses = to hasło jest zbyt łatwe do odgadnięcia (byłoby wśród pierwszych prób): { $why }
core-weak-password-minutes = to hasło jest zbyt łatwe do odgadnięcia (komputer odgadłby je w kilka minut): { $why }
core-keyring-no-service = pęk kluczy jest niedostępny ({ $why })
core-keyring-locked = pęk kluczy jest zablokowany lub odmówił dostępu; odblokuj go i spróbuj ponownie
core-keyring-failed = błąd pęku kluczy: { $why }
core-icon = tego obrazu nie można użyć jako ikony: { $why }
core-capture-clipboard = nie można odczytać schowka: { $why }
core-capture-no-image = w schowku nie ma obrazu
core-capture-screen = nie można przechwycić ekranu: { $why }
core-scan-missing-batches =
    { $several ->
        [yes] ten eksport Google Authenticator ma { $size } kodów QR i brakuje kodów { $missing }: dodaj je też, inaczej ich konta zostaną pominięte
       *[no] ten eksport Google Authenticator ma { $size } kodów QR i brakuje kodu { $missing }: dodaj go też, inaczej jego konta zostaną pominięte
    }
core-advice-straight-rows = Rzędy sąsiednich klawiszy łatwo odgadnąć.
core-advice-short-patterns = Krótkie wzory na klawiaturze łatwo odgadnąć.
core-advice-repeats-aaa = Powtórzenia typu „aaa” łatwo odgadnąć.
core-advice-repeats-abcabc = Powtórzenia typu „abcabcabc” są tylko trochę trudniejsze do odgadnięcia niż „abc”.
core-advice-top-10 = To jedno z 10 najpopularniejszych haseł.
core-advice-top-100 = To jedno ze 100 najpopularniejszych haseł.
core-advice-common = To bardzo popularne hasło.
core-advice-similar = To przypomina często używane hasło.
core-advice-sequences = Ciągi takie jak abc czy 6543 łatwo odgadnąć.
core-advice-recent-years = Niedawne lata łatwo odgadnąć.
core-advice-one-word = Samo jedno słowo łatwo odgadnąć.
core-advice-dates = Daty często łatwo odgadnąć.
core-advice-names = Same imiona i nazwiska łatwo odgadnąć.
core-advice-common-names = Popularne imiona i nazwiska łatwo odgadnąć.
core-advice-few-words = Użyj kilku słów, unikaj utartych zwrotów.
core-advice-no-symbols-needed = Symbole, cyfry i wielkie litery nie są potrzebne.
core-advice-another-word = Dodaj jeszcze słowo lub dwa. Rzadkie słowa są lepsze.
core-advice-capitals = Wielkie litery niewiele pomagają.
core-advice-all-capitals = Same wielkie litery odgadnąć prawie tak łatwo jak same małe.
core-advice-reversed = Słowa pisane od tyłu nie są dużo trudniejsze do odgadnięcia.
core-advice-substitutions = Przewidywalne zamiany, np. „@” zamiast „a”, niewiele pomagają.
core-advice-longer-pattern = Użyj dłuższego wzoru na klawiaturze z większą liczbą zakrętów.
core-advice-avoid-repeats = Unikaj powtarzania słów i znaków.
core-advice-avoid-sequences = Unikaj ciągów.
core-advice-avoid-recent-years = Unikaj niedawnych lat.
core-advice-avoid-your-years = Unikaj lat związanych z tobą.
core-advice-avoid-your-dates = Unikaj dat i lat związanych z tobą.
