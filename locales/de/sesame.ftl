### Sesames Wörter auf Deutsch.

# Whether a fluent speaker has reviewed this catalogue: "yes" or "no".
-reviewed = no

## The window

app-name = Sesame
data-error-title = Sesame kann seine Daten nicht öffnen
something-went-wrong = Etwas ist schiefgelaufen.
cancel = Abbrechen
close = Schließen
done = Fertig
save = Speichern
choose = Auswählen…
part-failed = Sesame konnte diesen Teil seines Fensters nicht laden. Eine Neuinstallation von Sesame sollte das beheben.
again = Noch einmal

## The header and its menu

header-profile = Profil
header-add = Hinzufügen
header-add-title = Konto hinzufügen (Strg+N)
header-lock = Sperren
header-lock-label = { $profile } sperren
header-menu = Mehr
menu-new-profile = Neues Profil…
menu-password = Passwort…
menu-recovery = Wiederherstellungsschlüssel…
menu-import = Importieren…
menu-export = Exportieren…
menu-backups = Sicherungen…
menu-settings = Einstellungen…
menu-login-unlock-stop = Nicht mehr mit meiner Anmeldung entsperren
menu-login-unlock-start = Auch mit meiner Anmeldung entsperren

## Adding accounts: the first screen and the Add dialog

empty-title = Fügen Sie Ihr erstes Konto hinzu
empty-lead = Wo hat die Website Ihnen die Einrichtung gezeigt?
add-title = Konto hinzufügen
add-scan-screen = QR-Code auf meinem Bildschirm scannen
add-scan-screen-hint = Die Website zeigt gerade einen QR-Code: Sesame findet ihn.
add-open-image = QR-Bild öffnen…
add-open-image-hint = Ein Bildschirmfoto oder gespeichertes Bild. Sie können es auch hierher ziehen oder einfügen.
add-type-key = Einrichtungsschlüssel eingeben…
add-type-key-hint = Die Website zeigt stattdessen einen Schlüssel aus Buchstaben und Ziffern.
add-import = Aus einer anderen App importieren…
add-import-hint = Aegis, 2FAS, Google Authenticator und andere.
add-link = Einrichtungslink einfügen (erweitert)
add-link-label = Einrichtungslink (otpauth://…)
add-link-submit = Hinzufügen
add-drop = Ein QR-Bild ablegen, um es zu scannen, oder eine Exportdatei, um sie zu importieren
accounts-added =
    { $count ->
        [one] { $count } Konto hinzugefügt.
       *[other] { $count } Konten hinzugefügt.
    }
account-added = { $name } hinzugefügt.
accounts-saved =
    { $count ->
        [one] { $count } Konto gespeichert.
       *[other] { $count } Konten gespeichert.
    }
tip-quick-copy = Tipp: Drücken Sie überall { $shortcut }, um ein Konto zu finden und seinen Code zu kopieren.
tip-search = Tipp: Tippen Sie los, um ein Konto zu finden, und drücken Sie Eingabe, um seinen Code zu kopieren.
tip-dismiss = Verstanden

## The list

search-label = Konten suchen
search-placeholder = Suchen
order-title = Reihenfolge ändern
order-custom = Eigene Reihenfolge
order-issuer = A–Z
order-used = Meistgenutzt
order-recent = Zuletzt genutzt
groups-label = Gruppen
group-all = Alle
accounts-label = Konten
no-match = Kein Konto passt zu „{ $query }“.
unnamed-account = Unbenanntes Konto
copy-title = Code kopieren
favourite = Favorit
copied = Kopiert
next-code-label = Nächster Code
next-code-shown = danach { $code }
seconds-left-title = Verbleibende Sekunden
seconds-left =
    { $seconds ->
        [one] Noch { $seconds } Sekunde
       *[other] Noch { $seconds } Sekunden
    }
next-code-for = Nächster Code für { $name }
edit = Bearbeiten
edit-label = { $name } bearbeiten
remove = Entfernen
remove-label = { $name } entfernen
codes-change-in =
    { $seconds ->
        [one] Die Codes wechseln in { $seconds } Sekunde
       *[other] Die Codes wechseln in { $seconds } Sekunden
    }
copied-code = Code für { $name } kopiert.
copied-code-clears =
    { $seconds ->
        [one] Code für { $name } kopiert; die Zwischenablage wird in { $seconds } Sekunde geleert.
       *[other] Code für { $name } kopiert; die Zwischenablage wird in { $seconds } Sekunden geleert.
    }

## Banners

removed = { $name } entfernt.
undo = Rückgängig
remind-recovery = Dieses Profil wird nur vom Schlüsselbund des Systems verwahrt; wird er zurückgesetzt, gehen seine Konten verloren.
remind-recovery-action = Wiederherstellungsschlüssel erstellen
remind-backup = Von diesen Konten gibt es noch keine Sicherung.
remind-backup-action = Automatische Sicherungen einrichten
integrity-wait = Bis Sie bestätigen, ändert Sesame nichts in diesem Profil.
integrity-confirm = Ich habe die Konten geprüft: neuen Stand beginnen

## First start and the lock screen

welcome-title = Willkommen bei Sesame
welcome-password = Passwort für Ihr Profil
welcome-create = Profil erstellen
locked-title = { $profile } ist gesperrt
unlock-password = Passwort
unlock-recovery-key = Wiederherstellungsschlüssel
unlock = Entsperren
unlocking = Wird entsperrt…
use-recovery-key = Wiederherstellungsschlüssel verwenden
use-password = Passwort verwenden
try-keyring = Schlüsselbund erneut versuchen

## Scan preview

scan-found = Gefundene Konten
scan-none = Kein Konto gefunden
scan-not-a-code = Kein Authentifizierungscode: { $what } ({ $preview })
scan-kind-url = ein Weblink
scan-kind-wifi = WLAN-Einstellungen
scan-kind-text = Text
scan-save =
    { $count ->
        [one] { $count } Konto speichern
       *[other] { $count } Konten speichern
    }
meta-digits =
    { $digits ->
        [one] { $digits } Ziffer
       *[other] { $digits } Ziffern
    }
meta-characters =
    { $digits ->
        [one] { $digits } Zeichen
       *[other] { $digits } Zeichen
    }
meta-period = { $seconds } s
meta-already-added = schon vorhanden

## Typing a setup key

manual-title = Konto über seinen Einrichtungsschlüssel hinzufügen
manual-issuer = Anbieter (die Website oder der Dienst)
manual-account = Konto (Ihr Name oder Ihre Adresse dort)
manual-secret = Einrichtungsschlüssel
manual-advanced = Code-Einstellungen (nur wenn die Website es sagt)
manual-code-now = Aktueller Code:
manual-seconds = ({ $seconds } s)
manual-type-key = Geben Sie den Schlüssel ein, um seinen Code zu sehen.
manual-add = Hinzufügen

## Code settings

params-type = Art
params-totp = Zeitbasiert
params-hotp = Zähler (HOTP)
params-steam = Steam
params-algorithm = Algorithmus
params-digits = Ziffern
params-period = Zeitraum (Sekunden)
params-counter = Zähler (des nächsten Codes)

## Editing an account

edit-title = Konto bearbeiten
reveal-title = Geheimnis und QR-Code
reveal-qr-alt = QR-Code dieses Kontos, zum Scannen mit einem Telefon
reveal-warning = Wer das sieht, kann Ihre Codes erzeugen. Schließen Sie es, wenn Sie fertig sind.
reveal-password = Das Passwort Ihres Profils, um das Geheimnis zu zeigen
reveal-caution = Mit dem Geheimnis kann jeder die Codes dieses Kontos erzeugen: Zeigen Sie es nur, wo niemand sonst zusieht.
reveal-show = Zeigen
edit-issuer = Anbieter
edit-account = Konto
edit-group = Gruppe
edit-note = Notiz
edit-favourite = Favorit (zuerst gezeigt)
edit-icon = Symbol
edit-brand-placeholder = Marke (wie der Anbieter)
edit-brand-label = Name des Markensymbols
edit-icon-image = Bild…
edit-icon-reset = Zurücksetzen
edit-advanced = Code-Einstellungen (erweitert)
edit-advanced-warning = Ändern Sie diese nur passend zur Website: Falsche Werte machen jeden Code falsch. Bei einem HOTP-Konto stellen Sie den Zähler ein, um neu zu synchronisieren.
edit-reveal = Geheimnis und QR…

## Settings

settings-title = Einstellungen
settings-language = Sprache
settings-language-system = Wie das System
settings-clipboard = Zwischenablage leeren nach (Sekunden, 0 = nie)
settings-show-next = Nächsten Code zeigen in den letzten (Sekunden, 0 = nie)
settings-auto-lock = Profil mit Passwort sperren nach (Minuten ohne Eingabe, 0 = nie)
settings-time-offset = Zeitkorrektur (Sekunden, die zur Uhr dieses Computers addiert werden, falls sie falsch geht)
settings-hide-codes = Codes verbergen, bis Zeiger oder Fokus auf ihrer Zeile ist
settings-shortcut = Tastenkürzel für Schnellkopie (überall auf dem Desktop; leer = keines)
settings-quick-types = Schnellkopie tippt den Code ins Fenster, statt ihn zu kopieren (Umschalt+Eingabe tut das andere)
settings-start-at-login = Sesame bei meiner Anmeldung starten
settings-close-to-tray = Schließen des Fensters lässt Sesame weiterlaufen (im Infobereich, oder minimiert, wo es keinen gibt)
settings-lock-on-minimise = Sperren, wenn das Fenster minimiert wird
settings-theme = Erscheinungsbild
theme-system = Wie das System
theme-light = Hell
theme-dark = Dunkel
settings-weaker = Später sperren oder die Zwischenablage später leeren macht jedes Profil weniger sicher: Geben Sie zum Speichern das Passwort Ihres Profils ein.
settings-version = Sesame { $version }

## Asking for the profile's password again

owner-password = Das Passwort Ihres Profils, { $purpose }
owner-weaken = um diese Einstellungen zu lockern
owner-export = um seine Konten zu exportieren
owner-backup = um seine Konten zu sichern
owner-recovery = um einen Wiederherstellungsschlüssel zu erstellen
owner-allow = um es zu erlauben

## Password strength

strength-0 = Sehr leicht zu erraten
strength-1 = Leicht zu erraten
strength-2 = Mittel
strength-3 = Stark
strength-4 = Sehr stark
strength-advice = fügen Sie ein paar ungewöhnliche Wörter hinzu

## Import

import-title = Konten importieren
import-from = Aus { $app } importieren
import-drop-label = Exportdatei hier ablegen
import-drop = Legen Sie hier einen Export aus Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP+, Google Authenticator, Proton, Stratum oder Sesame ab
import-choose = Datei auswählen…
import-password = Dieser { $app }-Export ist verschlüsselt. Sein Passwort:
import-open = Öffnen
import-opening = Wird geöffnet…
import-rows = Was der Import tun wird
import-new = neu
import-duplicate = schon vorhanden
import-error = nicht importierbar
import-confirm =
    { $count ->
        [one] { $count } Konto importieren
       *[other] { $count } Konten importieren
    }

## Export

export-title = Exportieren
export-sesame = Sesame-Sicherung
export-sesame-about = mit Passwort verschlüsselt; alles bleibt erhalten
export-aegis-encrypted = Aegis, verschlüsselt
export-aegis-encrypted-about = öffnet sich in Aegis mit seinem Passwort
export-aegis = Aegis, unverschlüsselt
export-aegis-about = unverschlüsselter Tresor mit Gruppen und Notizen
export-google-qr = Google-Authenticator-QR-Codes
export-google-qr-about = Bilder zum Scannen mit einem Telefon (ein Ordner)
export-uris = otpauth-Links
export-uris-about = einer pro Zeile, unverschlüsselt
export-qr = Ein Konto als QR-Code
export-qr-about = um es auf ein Telefon zu übertragen
export-format = Format
export-account = Konto
export-password = Passwort für die Datei
export-plain-ok = Mir ist klar, dass diese Datei meine Geheimnisse unverschlüsselt enthält: Wer sie bekommt, kann meine Codes erzeugen.
export-folder = Ordner
export-file = Datei
export-path-placeholder = Wählen Sie, wo gespeichert wird
export-folder-title = Ordner für die QR-Bilder
export-to-title = Exportieren nach
export-run = Exportieren
exporting = Wird exportiert…
exported =
    { $count ->
        [one] { $count } Konto nach { $where } exportiert.
       *[other] { $count } Konten nach { $where } exportiert.
    }
exported-files =
    { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    }
not-exported = Nicht exportiert: { $what }

## Automatic backups

backup-title = Automatische Sicherungen
backup-state = Sicherung nach { $folder } wenige Sekunden nach jeder Änderung; die letzten { $keep } werden behalten.
backup-last = Letzte Sicherung: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
backup-restore = Stellen Sie eine Sicherung mit „Importieren“ wieder her; sie öffnet sich allein mit ihrem Passwort.
backup-off = Ausschalten
backup-now = Jetzt sichern
backup-about = Nach jeder Änderung wird eine verschlüsselte Sesame-Sicherung in einen Ordner Ihrer Wahl geschrieben (eine andere Festplatte, ein synchronisierter Ordner). Sie öffnet sich mit ihrem eigenen Passwort und übersteht so den Verlust des Schlüsselbunds oder des Computers.
backup-folder = Ordner
backup-folder-title = Ordner für Sicherungen
backup-keep = Aufzubewahrende Sicherungen
backup-password = Passwort der Sicherung
backup-on = Einschalten
backup-turning-on = Wird eingeschaltet…

## Profiles

profile-new-title = Neues Profil
profile-name = Name
profile-password = Passwort
profile-repeat = Passwort wiederholen
profile-keyring-hint = Lassen Sie das Passwort leer, um dieses Profil stattdessen mit Ihrer Anmeldung zu entsperren (dem Schlüsselbund des Systems).
profile-no-keyring = Hier gibt es keinen Schlüsselbund, deshalb braucht das Profil ein Passwort.
passwords-differ = Die Passwörter stimmen nicht überein.
profile-create = Erstellen
password-title = Passwort für { $profile }
password-current = Aktuelles Passwort
password-new = Neues Passwort
password-repeat = Wiederholen
password-remove-hint = Leer lassen, um das Passwort zu entfernen: Das Profil entsperrt sich dann mit Ihrer Anmeldung (dem Schlüsselbund des Systems).
password-add-hint = Mit einem Passwort öffnet sich dieses Profil nicht mehr von selbst mit Ihrer Anmeldung.
recovery-title = Wiederherstellungsschlüssel
recovery-write-down = Schreiben Sie ihn auf und bewahren Sie ihn sicher auf. Er entsperrt { $profile }, wenn das Passwort vergessen oder der Schlüsselbund verloren ist. Er wird nur dieses eine Mal gezeigt.
recovery-label = Wiederherstellungsschlüssel
recovery-written = Ich habe ihn aufgeschrieben
recovery-about = Ein Wiederherstellungsschlüssel öffnet dieses Profil, wenn nichts anderes mehr geht.
recovery-replaces = Ein neuer ersetzt den alten, der dann nicht mehr funktioniert.
recovery-create = Wiederherstellungsschlüssel erstellen
login-unlock-title = { $profile } mit Ihrer Anmeldung entsperren
login-unlock-hint = Wer Ihr Benutzerkonto am Computer nutzen kann, öffnet dieses Profil dann ohne sein Passwort.
login-unlock-allow = Erlauben

## Quick copy

quick-label = Schnellkopie
quick-search-label = Konto suchen, um seinen Code zu kopieren
quick-placeholder = Tippen, um ein Konto zu finden
quick-suggested = Vorschlag für „{ $window }“
quick-matches = Treffer
quick-next = nächster
quick-keys-copy = Eingabe kopiert · Umschalt+Eingabe tippt · Esc schließt
quick-keys-type = Eingabe tippt · Umschalt+Eingabe kopiert · Esc schließt

## Rust's own words: quick copy's outcome and the tray

quick-copied = Kopiert
quick-typed = Getippt
quick-clears = { $what }; die Zwischenablage wird in { $seconds } s geleert
quick-copied-instead = { $why }, deshalb wurde der Code kopiert
quick-no-target = Sesame weiß nicht, in welches Fenster es tippen soll
quick-typing-failed = das Tippen ist fehlgeschlagen
quick-cannot-focus = Sesame kann den Fokus nicht an dieses Fenster zurückgeben
quick-lost-keyboard = „{ $window }“ hat die Tastatur nicht mehr
quick-cannot-type = dieses System lässt Sesame nicht in andere Fenster tippen
quick-keys-refused = dieses System hat die Tastendrücke abgelehnt
tray-copy = { $name } kopieren
tray-open = Sesame öffnen
tray-quick-copy = Schnellkopie…
tray-lock = Sperren
tray-quit = Beenden

## The desktop file (packaging/sesame.desktop; tests/packaging.rs keeps it equal to these)

desktop-generic-name = Authentifikator
desktop-comment = Codes für die Zwei-Faktor-Anmeldung auf Ihrem Desktop
desktop-keywords = 2FA;Zwei-Faktor;Authentifikator;OTP;TOTP;Code;Anmeldung;
desktop-quick-copy = Schnellkopie
