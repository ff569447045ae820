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
menu-sync = Synchronisieren…
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
owner-sync = um die Synchronisierung einzuschalten
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
import-drop = Legen Sie hier einen Export aus einer anderen Authenticator-App oder einem Passwortmanager ab
import-choose = Datei auswählen…
import-password = Dieser { $app }-Export ist verschlüsselt. Sein Passwort:
import-key-file = Schlüsseldatei, falls die Datenbank eine hat
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
export-2fas-encrypted = 2FAS, verschlüsselt
export-2fas-encrypted-about = öffnet sich in 2FAS mit seinem Passwort; Gruppen bleiben erhalten
export-2fas = 2FAS, unverschlüsselt
export-2fas-about = unverschlüsselte 2FAS-Sicherung mit Gruppen
export-ente = Ente Auth
export-ente-about = Textexport von Ente, mit Tags, Notizen und Anheftungen
export-bitwarden = Bitwarden
export-bitwarden-about = unverschlüsseltes JSON für Bitwarden; HOTP-Konten bleiben außen vor
export-keepassxc = KeePassXC-Datenbank
export-keepassxc-about = eine .kdbx-Datei mit Passwort; Codes im TOTP-Feld von KeePassXC, HOTP-Konten bleiben außen vor
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
sync-title = Synchronisierung
sync-about = Halten Sie die Konten dieses Profils auf Ihren Computern gleich – über einen Ordner, den Syncthing, Nextcloud, Dropbox, OneDrive oder iCloud Drive abgleicht, oder einen WebDAV-Server. Dort liegen nur verschlüsselte Dateien; die Passphrase verlässt Ihre Computer nie.
sync-where = Synchronisieren über
sync-kind-folder = Einen synchronisierten Ordner
sync-kind-webdav = Einen WebDAV-Server (Nextcloud, ownCloud, …)
sync-folder = Ordner
sync-folder-title = Ordner für die Synchronisierung
sync-url = WebDAV-Adresse
sync-user = Benutzername
sync-dav-password = WebDAV-Passwort
sync-passphrase = Sync-Passphrase
sync-passphrase-note = Wählen Sie auf dem ersten Computer eine schwer zu erratende Passphrase; geben Sie auf den anderen dieselbe ein.
sync-on = Synchronisierung einschalten
sync-turning-on = Verbinden…
sync-state = Synchronisierung mit { $location }.
sync-last = Letzte Synchronisierung: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
sync-never = Noch nicht synchronisiert.
sync-devices = Andere Geräte: { $names }
sync-arrived = Die letzte Synchronisierung brachte:
sync-problems = Die letzte Synchronisierung fand:
sync-now = Jetzt synchronisieren
sync-off = Ausschalten

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

## Rust's own words: quick copy's outcome, notices, the tray

clock-warning = Die Uhr Ihres Computers ist nicht mit der Netzwerkzeit abgeglichen, daher können die Codes falsch sein: Schalten Sie in den Systemeinstellungen die automatische Uhrzeit ein.
notice-no-keyring = { $why }, daher kann Sesame Ihren Schlüssel dort nicht aufbewahren. Wählen Sie ein Passwort für Ihr Profil.
scan-no-code = kein QR-Code gefunden
scan-unusable = ein Authentifizierungscode, den Sesame nicht verwenden kann: { $why }
scan-batch = Teil { $index } von { $size }
import-choose-first = wählen Sie zuerst die zu importierende Datei
import-nothing-previewed = es gibt keinen angezeigten Import zu bestätigen
backup-choose-password = wählen Sie ein Passwort für die Sicherungen
backup-not-a-folder = { $folder } ist kein Ordner
password-advice = nehmen Sie ein paar ungewöhnliche Wörter oder mehr Zeichen
nothing-added = es wurde nichts hinzugefügt
integrity-damaged = der Integritätsnachweis des Profils ist beschädigt: gelöschte oder zurückgesetzte Einträge lassen sich erst erkennen, wenn Sie einen neuen bestätigen
integrity-rolled-back = die Daten des Profils sind älter, als der Schlüsselbund dieses Computers es kennt ({ $written }-mal geschrieben, nicht { $remembered }-mal): die Datenbank wurde aus einer früheren Kopie zurückgespielt, und spätere Änderungen (ein HOTP-Zähler, ein gelöschtes Konto) sind womöglich verloren
integrity-deleted = Eintrag { $id } wurde außerhalb von Sesame gelöscht
integrity-older-copy = Eintrag { $id } wurde durch eine ältere Kopie ersetzt (Version { $version }, erwartet { $expected }); ein HOTP-Zähler ist womöglich zurückgegangen
integrity-mismatch = Eintrag { $id } passt nicht zum Integritätsnachweis
integrity-foreign = Eintrag { $id } wurde nicht von Sesame in dieses Profil geschrieben
sync-file-damaged = die Datei von Gerät { $device } ist beschädigt oder wurde von jemandem ohne den Sync-Schlüssel geändert; sie wurde übergangen
sync-file-replayed = die Datei von Gerät { $device } ist älter als eine bereits gelesene (eine alte Kopie wurde zurückgelegt); sie wurde übergangen
sync-own-rolled-back = die Datei dieses Geräts am Sync-Ort wurde durch eine ältere Kopie ersetzt; sie wurde neu geschrieben
sync-kept-deleted-here = { $label } wurde hier gelöscht, während { $device } es änderte; es wurde behalten
sync-kept-deleted-there = { $label } wurde auf { $device } gelöscht, während es hier geändert wurde; es wurde behalten
sync-added = hinzugefügt: { $label }
sync-changed = geändert: { $label }
sync-removed = entfernt: { $label }
uri-warning-steam = Steam-Codes verwenden immer SHA1, 30 Sekunden und 5 Zeichen; die übrigen Werte des Links werden ignoriert
uri-warning-counter = der Parameter counter fehlt; Beginn bei 0
uri-warning-issuer = der Parameter issuer „{ $issuer }“ weicht vom Präfix der Bezeichnung „{ $prefix }“ ab; verwendet wird „{ $issuer }“
import-aegis-icons = Aegis-Symbole werden nicht übernommen: Sesame zeigt eigene
import-aegis-groups = Einträge in mehreren Aegis-Gruppen behalten nur ihre erste Gruppe
import-bitwarden-encrypted = dieser Bitwarden-Export ist mit dem Schlüssel Ihres Kontos verschlüsselt, den nur Bitwarden nutzen kann: exportieren Sie erneut als „Passwortgeschützt“ oder als einfaches JSON
import-bitwarden-steam = Bitwarden speichert für Steam-Codes keinen Anbieter: Anbieter Steam, Konto der Name des Eintrags
import-only-secret = nur ein Geheimnis war gespeichert: SHA1, 6 Ziffern und 30 Sekunden angenommen
import-proton-pass-pgp = dieser Proton-Pass-Export ist mit PGP verschlüsselt: exportieren Sie erneut ohne Verschlüsselung (.zip oder .json), importieren Sie ihn und löschen Sie ihn dann
import-costly-aes-kdf = diese Datenbank verlangt { $rounds } Runden AES-Schlüsselableitung; Sesame lehnt mehr als { $max } ab
import-keepass-no-codes = keiner ihrer Einträge enthält einen Einmalcode (ein otp-Feld, TOTP Seed oder die Felder TimeOtp oder HmacOtp von KeePass)
import-not-xml = keine XML-Datei ({ $why })
import-not-preferences = keine Android-Einstellungsdatei
import-duo-push = ein Duo-Push-Konto: es hat keinen Code zum Importieren
import-duo-no-issuer = Duo Mobile speichert keinen Aussteller: jedes Konto behält den Namen, den es in Duo hatte
import-authy-newer = dieses Token nutzt die Verschlüsselung neuerer Authy-Versionen, die Sesame noch nicht lesen kann
import-microsoft-push = ein Microsoft-Anmeldekonto ohne Code: es kann nicht importiert werden
import-not-database = keine lesbare SQLite-Datenbank ({ $why })
import-secret-encoding = die Kodierung des Geheimnisses (Base { $base }) ist unbekannt
import-sha1-assumed = { $app } speichert den Algorithmus nicht: SHA1 angenommen
import-sha1-30-assumed = { $app } speichert weder Algorithmus noch Periode: SHA1 und 30 Sekunden angenommen
import-google-no-period = Google-Authenticator-Exporte enthalten keinen Zeitraum: alle Codes gelten 30 Sekunden
import-icon-unreadable = sein Symbol ließ sich nicht lesen, daher zeigt Sesame ein eigenes
import-no-accounts = sie enthält keine Konten
import-not-text = die Datei ist kein Text
import-unsupported-kind = { $kind }-Konten unterstützt Sesame nicht
import-unknown-kind = unbekannte Art „{ $kind }“
import-digits = die Ziffernzahl kann nicht { $digits } sein
import-period-too-long = der Zeitraum ist zu lang
import-damaged = beschädigter Eintrag: { $why }
import-item = Element { $number }
import-entry = Eintrag { $number }
import-line = Zeile { $number }
import-row = Zeile { $number }
import-an-entry = ein Eintrag
import-missing-field = der Datei fehlt „{ $field }“
import-missing-list = keine Liste „{ $field }“
import-no-key-slots = der verschlüsselte Tresor hat keine lesbaren Schlüsselplätze
import-no-nonce = dem verschlüsselten Tresor fehlen Nonce und Tag
import-too-many-slots = dieser Tresor hat { $slots } Passwortplätze; Sesame versucht höchstens { $max }
import-field-not-base64 = „{ $field }“ ist kein Base64
import-does-not-decrypt = die Daten lassen sich mit dem Schlüssel der Datei nicht entschlüsseln: die Datei ist beschädigt
import-decrypted-not-json = die entschlüsselten Daten sind beschädigt ({ $why })
import-expected-list = erwartet wurde eine Liste von Einträgen
import-too-short = die Datei ist zu kurz für eine verschlüsselte Sicherung
import-cut-short = die verschlüsselte Sicherung ist abgeschnitten
import-not-export = kein { $app }-Export ({ $why })
import-not-csv = keine CSV-Datei ({ $why })
import-bad-nonce = die Nonce ist kein secretstream-Header
import-not-json = kein gültiges JSON ({ $why })
import-not-sesame = keine Sesame-Sicherung
import-newer-backup = diese Sicherung hat Version { $version } und stammt von einem neueren Sesame: aktualisieren Sie Sesame, um sie zu lesen
import-not-argon2id = { $algorithm }, wo Sesame argon2id schreibt
import-costly-memory = diese Datei verlangt zum Öffnen { $asked } Speicher; Sesame lehnt mehr als { $max } ab
import-costly-passes = diese Datei verlangt zum Öffnen { $passes } Durchläufe über { $memory }, weit mehr, als { $app } schreibt; Sesame lehnt insgesamt mehr als { $max } ab
import-costly-scrypt = diese Datei verlangt zum Öffnen scrypt mit { $parameters }, das { $times }-Fache dessen, was Aegis schreibt; Sesame lehnt mehr als das 8-Fache ab
import-costly-pbkdf2 = diese Datei verlangt zum Öffnen { $iterations } PBKDF2-Durchläufe, weit mehr, als { $app } schreibt; Sesame lehnt mehr als { $max } ab
entry-undecryptable = er lässt sich nicht entschlüsseln: er ist beschädigt oder stammt aus einem anderen Profil
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

## Errors and notices of Rust's core: their English is Rust's own (the CLI's words)

core-as-is = { $message }
core-file-empty = die Datei ist leer
core-uri-empty = der Link ist leer
core-uri-not-a-uri = kein Link: erwartet wird otpauth://TYP/BEZEICHNUNG?secret=…
core-uri-scheme = kein otpauth-Link: das Schema ist „{ $scheme }“
core-uri-migration = dieser otpauth-migration-Link enthält mehrere Konten, nicht eines
core-uri-missing-type = Code-Art fehlt: erwartet wird otpauth://totp/, otpauth://hotp/ oder otpauth://steam/
core-uri-type = nicht unterstützte Code-Art „{ $type }“: Sesame liest totp, hotp und steam
core-uri-label-encoding = die Bezeichnung ist nach dem Dekodieren kein gültiges UTF-8
core-uri-duplicate = der Parameter „{ $parameter }“ kommt mehrmals vor
core-uri-missing-secret = der Parameter secret fehlt
core-uri-empty-secret = das Geheimnis ist leer
core-uri-secret-symbol = das Geheimnis ist kein gültiges Base32: unerwartetes „{ $found }“ an Stelle { $position }
core-uri-secret-length = das Geheimnis ist kein gültiges Base32: { $count } Zeichen ergeben keine ganzen Bytes
core-uri-algorithm = unbekannter Algorithmus „{ $algorithm }“
core-uri-not-a-number = { $name } muss eine ganze Zahl sein, nicht „{ $value }“
core-uri-steam-hotp = Steam-Codes sind zeitbasiert: encoder=steam passt nicht zu einem hotp-Link
core-param-digits = die Ziffernzahl muss zwischen { $min } und { $max } liegen, nicht { $digits }
core-param-period = der Zeitraum muss zwischen 1 und { $max } Sekunden liegen, nicht { $period }
core-param-steam = Steam-Codes verwenden immer SHA1 und 5 Zeichen
core-migration-scheme = kein otpauth-migration-Link: das Schema ist „{ $scheme }“
core-migration-missing-data = der otpauth-migration-Link hat keinen Parameter data
core-migration-base64 = die Übertragungsdaten sind kein gültiges Base64
core-migration-protobuf = die Übertragungsdaten sind kein Google-Authenticator-Export: { $why }
core-migration-empty = das Übertragungspaket enthält keine Konten
core-migration-batch-index = Teil { $index } liegt außerhalb eines Pakets aus { $size }
core-migration-batch-too-large = dieser Export gibt { $count } QR-Codes an; Sesame liest Exporte mit höchstens { $max }
core-migration-entry = Konto { $position } des Pakets ({ $label }): { $reason }
core-qr-too-large = die Datei ist größer als { $mib } MiB
core-qr-unknown-format = kein Bild, das Sesame lesen kann (PNG, JPEG, WebP, GIF oder BMP)
core-qr-dimensions = das Bild ist zu groß zum Scannen: höchstens { $side } Pixel pro Seite, { $megapixels } Megapixel und { $alloc } MiB entpackt
core-qr-damaged = das Bild ist beschädigt oder abgeschnitten: { $why }
core-vault-data-dir = der Datenordner { $path } ist nicht nutzbar: { $reason }
core-vault-not-a-database = { $path } ist keine Sesame-Datenbank ({ $why }); sie wurde nicht angetastet
core-vault-damaged = die Datenbank { $path } ist beschädigt ({ $why }); sie wurde nicht angetastet
core-vault-newer-schema = die Datenbank { $path } stammt von einem neueren Sesame (Schema { $schema }); aktualisieren Sie Sesame
core-vault-disk-full = die Festplatte ist voll: nichts wurde geschrieben
core-vault-read-only = der Datenordner ist schreibgeschützt: nichts wurde geschrieben
core-vault-busy = die Datenbank ist belegt (ein anderes Sesame schreibt gerade); versuchen Sie es erneut
core-vault-database = Datenbankfehler: { $why }
core-vault-no-profile = es gibt kein Profil namens „{ $profile }“
core-vault-profile-exists = ein Profil namens „{ $profile }“ gibt es schon
core-vault-invalid-name = Profilnamen haben 1 bis 64 Zeichen, ohne Steuerzeichen
core-vault-wrong-password = falsches Passwort für das Profil { $profile }
core-vault-locked = das Profil { $profile } ist gesperrt
core-vault-wrong-recovery-key = falscher Wiederherstellungsschlüssel für das Profil { $profile }
core-vault-no-password = das Profil { $profile } hat kein Passwort
core-vault-no-password-to-remove = das Profil { $profile } hat kein Passwort, das entfernt werden könnte
core-vault-no-recovery-key = das Profil { $profile } hat keinen Wiederherstellungsschlüssel
core-vault-no-keyring-key = das Profil { $profile } hat keinen Schlüssel im Schlüsselbund
core-vault-keyring-unavailable = das Profil { $profile } ist durch den Schlüsselbund geschützt, aber { $why }; entsperren Sie es mit seinem Passwort oder Wiederherstellungsschlüssel
core-vault-key-missing = der Schlüssel des Profils { $profile } fehlt im Schlüsselbund (oder der Schlüsselbund ist gesperrt); entsperren Sie es mit seinem Passwort oder Wiederherstellungsschlüssel
core-vault-damaged-slot = ein Schlüssel des Profils { $profile } ist beschädigt
core-vault-damaged-settings = die Einstellungen des Profils { $profile } sind beschädigt; richten Sie seine automatischen Sicherungen neu ein
core-vault-last-slot = dann ließe sich das Profil { $profile } auf keinem Weg mehr entsperren
core-vault-no-entry = in diesem Profil gibt es keinen Eintrag mit der Nummer { $id }
core-vault-integrity = der Integritätsnachweis des Profils { $profile } ist beschädigt oder älter, als dieser Computer es kennt, daher kann Sesame nicht erkennen, ob Einträge gelöscht oder zurückgesetzt wurden; prüfen Sie die Konten und bestätigen Sie dann, um einen neuen Nachweis zu beginnen
core-sync-not-enabled = Profil { $profile } wird nicht synchronisiert: Richten Sie die Synchronisierung zuerst ein (sync enable oder Einstellungen in der App)
core-sync-already-enabled = Profil { $profile } wird bereits mit { $location } synchronisiert; schalten Sie die Synchronisierung zuerst aus, um einen anderen Ort zu nutzen
core-sync-wrong-passphrase = falsche Sync-Passphrase: Nichts wurde gelesen oder geschrieben
core-sync-unreachable = { $location } ist nicht erreichbar ({ $why }); nichts ging verloren, die nächste Synchronisierung versucht es erneut
core-sync-webdav-refused = der WebDAV-Server unter { $url } hat Benutzername oder Passwort abgelehnt
core-sync-set-missing = { $location } enthält die Synchronisierung dieses Profils nicht mehr; hier wurde nichts geändert (wenn der Ordner umgezogen ist, schalten Sie die Synchronisierung aus und richten Sie sie am neuen Ort ein)
core-sync-bad-set = die Datei sesame-sync.json der Synchronisierung ist unbrauchbar: { $why }; nichts wurde geändert
core-sync-integrity = die Integritätsprüfung von Profil { $profile } hat Probleme gefunden: Beheben Sie sie vor dem Synchronisieren, damit sie sich nicht auf die anderen Geräte ausbreiten
core-mirror-folder = der Ordner { $dir } kann nicht gelesen werden: { $why }
core-mirror-format = ein Spiegel folgt den automatischen Sicherungen von { $formats }; „{ $format }“ gehört nicht dazu
core-mirror-already = { $dir } wird bereits verfolgt
core-mirror-not-followed = { $dir } wird nicht verfolgt
core-mirror-backup = die Sicherung { $file } kann nicht gelesen werden: { $why }
core-vault-recovery-format = der Wiederherstellungsschlüssel ist ungültig: { $why }
core-settings-clipboard = die Zwischenablage kann nach 0 (nie) bis 600 Sekunden geleert werden
core-settings-show-next = der nächste Code kann in den letzten 0 (nie) bis 30 Sekunden erscheinen
core-settings-auto-lock = die automatische Sperre ist nach 0 (nie) bis 1440 Minuten möglich
core-settings-time-offset = die Zeitkorrektur beträgt höchstens eine Stunde in jede Richtung (3600 Sekunden)
core-settings-shortcut = das Tastenkürzel für die Schnellkopie ist zu lang
core-settings-language = Sesame hat keinen Katalog für die Sprache „{ $language }“
core-settings-write = die Einstellungen lassen sich nicht speichern: { $why }
core-import-too-large = die Datei ist größer als { $mib } MiB, das Höchstmaß für einen Export
core-import-unknown-format = kein Export, den Sesame kennt: erwartet wird einer von { $formats }
core-import-not-this-format = nicht { $app }: { $reason }
core-import-needs-password = dieser { $app }-Export ist verschlüsselt: sein Passwort wird gebraucht
core-import-wrong-password = falsches Passwort
core-import-parameters = die Verschlüsselungsparameter der Datei liegen außerhalb des Zulässigen: { $why }
core-import-summary =
    { $written ->
        [yes] Importiert: { $new }
       *[no] Würde importieren: { $new }
    }{ $duplicates ->
        [0] {""}
       *[other] , übersprungene Duplikate: { $duplicates }
    }{ $failed ->
        [0] {""}
       *[other] , { $failed } nicht importierbar: { $errors }
    }
core-export-empty = es gibt nichts zu exportieren
core-export-needs-password = das Format { $format } ist verschlüsselt: ein Passwort wird gebraucht
core-export-one-entry = das Format qr fasst ein Konto: wählen Sie es mit --entry
core-export-nothing-fits = keines der Konten passt in das Format { $format }: { $why }
core-export-kdf = die Schlüsselableitung ist fehlgeschlagen: { $why }
core-weak-password-first-guesses = dieses Passwort ist zu leicht zu erraten (es gehörte zu den ersten Versuchen): { $why }
core-weak-password-minutes = dieses Passwort ist zu leicht zu erraten (ein Computer fände es in Minuten): { $why }
core-keyring-no-service = kein Schlüsselbund-Dienst verfügbar ({ $why })
core-keyring-locked = der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert; entsperren Sie ihn und versuchen Sie es erneut
core-keyring-failed = der Schlüsselbund ist gescheitert: { $why }
core-icon = dieses Bild lässt sich nicht als Symbol verwenden: { $why }
core-capture-clipboard = die Zwischenablage lässt sich nicht lesen: { $why }
core-capture-no-image = die Zwischenablage enthält kein Bild
core-capture-screen = der Bildschirm lässt sich nicht aufnehmen: { $why }
core-scan-missing-batches =
    { $several ->
        [yes] dieser Google-Authenticator-Export hat { $size } QR-Codes, und die Codes { $missing } fehlen: fügen Sie auch diese hinzu, sonst fehlen ihre Konten
       *[no] dieser Google-Authenticator-Export hat { $size } QR-Codes, und der Code { $missing } fehlt: fügen Sie auch diesen hinzu, sonst fehlen seine Konten
    }
core-advice-straight-rows = Gerade Tastenreihen sind leicht zu erraten.
core-advice-short-patterns = Kurze Tastaturmuster sind leicht zu erraten.
core-advice-repeats-aaa = Wiederholungen wie „aaa“ sind leicht zu erraten.
core-advice-repeats-abcabc = Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.
core-advice-top-10 = Dies ist eines der 10 häufigsten Passwörter.
core-advice-top-100 = Dies ist eines der 100 häufigsten Passwörter.
core-advice-common = Dies ist ein sehr häufiges Passwort.
core-advice-similar = Dies ähnelt einem häufig verwendeten Passwort.
core-advice-sequences = Folgen wie abc oder 6543 sind leicht zu erraten.
core-advice-recent-years = Jahre der jüngsten Zeit sind leicht zu erraten.
core-advice-one-word = Ein einzelnes Wort ist leicht zu erraten.
core-advice-dates = Daten sind oft leicht zu erraten.
core-advice-names = Vor- und Nachnamen allein sind leicht zu erraten.
core-advice-common-names = Häufige Vor- und Nachnamen sind leicht zu erraten.
core-advice-few-words = Nehmen Sie ein paar Wörter und meiden Sie gängige Redewendungen.
core-advice-no-symbols-needed = Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.
core-advice-another-word = Fügen Sie ein oder zwei Wörter hinzu. Ungewöhnliche Wörter sind besser.
core-advice-capitals = Großschreibung hilft nicht viel.
core-advice-all-capitals = Alles in Großbuchstaben ist fast so leicht zu erraten wie alles klein.
core-advice-reversed = Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.
core-advice-substitutions = Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen nicht viel.
core-advice-longer-pattern = Nehmen Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.
core-advice-avoid-repeats = Meiden Sie wiederholte Wörter und Zeichen.
core-advice-avoid-sequences = Meiden Sie Folgen.
core-advice-avoid-recent-years = Meiden Sie Jahre der jüngsten Zeit.
core-advice-avoid-your-years = Meiden Sie Jahre, die mit Ihnen zu tun haben.
core-advice-avoid-your-dates = Meiden Sie Daten und Jahre, die mit Ihnen zu tun haben.
