### Las palabras de Sesame en español.

# Whether a fluent speaker has reviewed this catalogue: "yes" or "no".
-reviewed = no

## The window

app-name = Sesame
data-error-title = Sesame no puede abrir sus datos
something-went-wrong = Algo salió mal.
cancel = Cancelar
close = Cerrar
done = Listo
save = Guardar
choose = Elegir…
part-failed = Sesame no pudo cargar esta parte de su ventana. Reinstalar Sesame debería arreglarlo.
again = Otra vez

## The header and its menu

header-profile = Perfil
header-add = Añadir
header-add-title = Añadir una cuenta (Ctrl+N)
header-lock = Bloquear
header-lock-label = Bloquear { $profile }
header-menu = Más
menu-new-profile = Nuevo perfil…
menu-password = Contraseña…
menu-recovery = Clave de recuperación…
menu-import = Importar…
menu-export = Exportar…
menu-backups = Copias de seguridad…
menu-sync = Sincronizar…
menu-settings = Ajustes…
menu-login-unlock-stop = Dejar de desbloquear con mi sesión
menu-login-unlock-start = Desbloquear también con mi sesión

## Adding accounts: the first screen and the Add dialog

empty-title = Añade tu primera cuenta
empty-lead = ¿Dónde te dio el sitio la configuración?
add-title = Añadir una cuenta
add-scan-screen = Escanear el código QR de mi pantalla
add-scan-screen-hint = El sitio muestra ahora un código QR: Sesame lo encuentra.
add-open-image = Abrir una imagen con código QR…
add-open-image-hint = Una captura de pantalla o una imagen guardada. También puedes soltarla o pegarla aquí.
add-type-key = Escribir la clave de configuración…
add-type-key-hint = El sitio muestra en su lugar una clave de letras y números.
add-import = Importar desde otra aplicación…
add-import-hint = Aegis, 2FAS, Google Authenticator y otras.
add-link = Pegar un enlace de configuración (avanzado)
add-link-label = Enlace de configuración (otpauth://…)
add-link-submit = Añadir
add-drop = Suelta una imagen con código QR para escanearla, o un archivo exportado para importarlo
accounts-added =
    { $count ->
        [one] Se añadió { $count } cuenta.
       *[other] Se añadieron { $count } cuentas.
    }
account-added = Se añadió { $name }.
accounts-saved =
    { $count ->
        [one] Se guardó { $count } cuenta.
       *[other] Se guardaron { $count } cuentas.
    }
tip-quick-copy = Consejo: pulsa { $shortcut } en cualquier lugar para buscar una cuenta y copiar su código.
tip-search = Consejo: empieza a escribir para buscar una cuenta y pulsa Intro para copiar su código.
tip-dismiss = Entendido

## The list

search-label = Buscar cuentas
search-placeholder = Buscar
order-title = Cambiar el orden
order-custom = Tu orden
order-issuer = A–Z
order-used = Más usadas
order-recent = Recientes
groups-label = Grupos
group-all = Todas
accounts-label = Cuentas
no-match = Ninguna cuenta coincide con «{ $query }».
unnamed-account = Cuenta sin nombre
copy-title = Copiar el código
favourite = Favorita
copied = Copiado
next-code-label = Código siguiente
next-code-shown = luego { $code }
seconds-left-title = Segundos restantes
seconds-left =
    { $seconds ->
        [one] Queda { $seconds } segundo
       *[other] Quedan { $seconds } segundos
    }
next-code-for = Código siguiente de { $name }
edit = Editar
edit-label = Editar { $name }
remove = Eliminar
remove-label = Eliminar { $name }
codes-change-in =
    { $seconds ->
        [one] Los códigos cambian en { $seconds } segundo
       *[other] Los códigos cambian en { $seconds } segundos
    }
copied-code = Se copió el código de { $name }.
copied-code-clears =
    { $seconds ->
        [one] Se copió el código de { $name }; el portapapeles se vacía en { $seconds } segundo.
       *[other] Se copió el código de { $name }; el portapapeles se vacía en { $seconds } segundos.
    }

## Banners

removed = Se eliminó { $name }.
undo = Deshacer
remind-recovery = Este perfil solo lo guarda el llavero del sistema; si el llavero se restablece, sus cuentas se pierden.
remind-recovery-action = Crear una clave de recuperación
remind-backup = Todavía no hay copia de seguridad de estas cuentas.
remind-backup-action = Configurar copias automáticas
integrity-wait = Hasta que lo confirmes, Sesame no cambia nada en este perfil.
integrity-confirm = He revisado las cuentas: empezar un registro nuevo

## First start and the lock screen

welcome-title = Te damos la bienvenida a Sesame
welcome-password = Contraseña de tu perfil
welcome-create = Crear perfil
locked-title = { $profile } está bloqueado
unlock-password = Contraseña
unlock-recovery-key = Clave de recuperación
unlock = Desbloquear
unlocking = Desbloqueando…
use-recovery-key = Usar la clave de recuperación
use-password = Usar la contraseña
try-keyring = Probar de nuevo el llavero

## Scan preview

scan-found = Cuentas encontradas
scan-none = No se encontró ninguna cuenta
scan-not-a-code = No es un código de autenticación: { $what } ({ $preview })
scan-kind-url = un enlace web
scan-kind-wifi = ajustes de Wi-Fi
scan-kind-text = texto
scan-save =
    { $count ->
        [one] Guardar { $count } cuenta
       *[other] Guardar { $count } cuentas
    }
meta-digits =
    { $digits ->
        [one] { $digits } dígito
       *[other] { $digits } dígitos
    }
meta-characters =
    { $digits ->
        [one] { $digits } carácter
       *[other] { $digits } caracteres
    }
meta-period = { $seconds } s
meta-already-added = ya añadida

## Typing a setup key

manual-title = Añadir una cuenta con su clave de configuración
manual-issuer = Emisor (el sitio o servicio)
manual-account = Cuenta (tu nombre o dirección allí)
manual-secret = Clave de configuración
manual-advanced = Ajustes del código (solo si el sitio lo indica)
manual-code-now = Código ahora:
manual-seconds = ({ $seconds } s)
manual-type-key = Escribe la clave para ver su código.
manual-add = Añadir

## Code settings

params-type = Tipo
params-totp = Por tiempo
params-hotp = Por contador (HOTP)
params-steam = Steam
params-algorithm = Algoritmo
params-digits = Dígitos
params-period = Periodo (segundos)
params-counter = Contador (del siguiente código)

## Editing an account

edit-title = Editar cuenta
reveal-title = Secreto y código QR
reveal-qr-alt = Código QR de esta cuenta, para escanearlo con un teléfono
reveal-warning = Quien vea esto puede generar tus códigos. Ciérralo al terminar.
reveal-password = La contraseña de tu perfil, para mostrar el secreto
reveal-caution = El secreto permite a cualquiera generar los códigos de esta cuenta: muéstralo solo donde nadie más pueda verlo.
reveal-show = Mostrar
edit-issuer = Emisor
edit-account = Cuenta
edit-group = Grupo
edit-note = Nota
edit-favourite = Favorita (se muestra primero)
edit-icon = Icono
edit-brand-placeholder = Marca (como el emisor)
edit-brand-label = Nombre del icono de marca
edit-icon-image = Imagen…
edit-icon-reset = Restablecer
edit-advanced = Ajustes del código (avanzado)
edit-advanced-warning = Cámbialos solo para que coincidan con los del sitio: valores incorrectos hacen que todos los códigos fallen. En una cuenta HOTP, ajusta el contador para volver a sincronizarla.
edit-reveal = Secreto y QR…

## Settings

settings-title = Ajustes
settings-language = Idioma
settings-language-system = Como el sistema
settings-clipboard = Vaciar el portapapeles tras (segundos, 0 = nunca)
settings-show-next = Mostrar el código siguiente en los últimos (segundos, 0 = nunca)
settings-auto-lock = Bloquear un perfil con contraseña tras (minutos sin actividad, 0 = nunca)
settings-time-offset = Corrección de hora (segundos que se suman al reloj de este equipo, si va mal)
settings-hide-codes = Ocultar los códigos hasta que el puntero o el foco estén en su fila
settings-shortcut = Atajo de copia rápida (en todo el escritorio; vacío = ninguno)
settings-quick-types = La copia rápida escribe el código en la ventana en vez de copiarlo (Mayús+Intro hace lo otro)
settings-start-at-login = Iniciar Sesame al iniciar sesión
settings-close-to-tray = Al cerrar la ventana, Sesame sigue abierto (en la bandeja, o minimizado si no hay)
settings-lock-on-minimise = Bloquear al minimizar la ventana
settings-theme = Tema
theme-system = Como el sistema
theme-light = Claro
theme-dark = Oscuro
settings-weaker = Bloquear más tarde, o vaciar el portapapeles más tarde, hace menos seguros todos los perfiles: escribe la contraseña de tu perfil para guardar.
settings-version = Sesame { $version }

## Asking for the profile's password again

owner-password = La contraseña de tu perfil, { $purpose }
owner-weaken = para relajar estos ajustes
owner-export = para exportar sus cuentas
owner-backup = para hacer copias de sus cuentas
owner-sync = para activar la sincronización
owner-recovery = para crear una clave de recuperación
owner-allow = para permitirlo

## Password strength

strength-0 = Muy fácil de adivinar
strength-1 = Fácil de adivinar
strength-2 = Aceptable
strength-3 = Fuerte
strength-4 = Muy fuerte
strength-advice = añade unas cuantas palabras poco comunes

## Import

import-title = Importar cuentas
import-from = Importar desde { $app }
import-drop-label = Suelta aquí un archivo exportado
import-drop = Suelta aquí una exportación de otra app de autenticación o de un gestor de contraseñas
import-choose = Elegir un archivo…
import-password = Esta exportación de { $app } está cifrada. Su contraseña:
import-key-file = Archivo de clave, si la base de datos tiene uno
import-open = Abrir
import-opening = Abriendo…
import-rows = Lo que hará la importación
import-new = nueva
import-duplicate = ya está aquí
import-error = no se puede importar
import-confirm =
    { $count ->
        [one] Importar { $count } cuenta
       *[other] Importar { $count } cuentas
    }

## Export

export-title = Exportar
export-sesame = Copia de Sesame
export-sesame-about = cifrada con contraseña; se conserva todo
export-aegis-encrypted = Aegis, cifrado
export-aegis-encrypted-about = se abre en Aegis con su contraseña
export-aegis = Aegis, sin cifrar
export-aegis-about = almacén sin cifrar con grupos y notas
export-2fas-encrypted = 2FAS, cifrado
export-2fas-encrypted-about = se abre en 2FAS con su contraseña; conserva los grupos
export-2fas = 2FAS, sin cifrar
export-2fas-about = copia de 2FAS sin cifrar, con grupos
export-ente = Ente Auth
export-ente-about = exportación de texto de Ente, con etiquetas, notas y fijados
export-bitwarden = Bitwarden
export-bitwarden-about = JSON sin cifrar para Bitwarden; las cuentas HOTP quedan fuera
export-keepassxc = Base de datos de KeePassXC
export-keepassxc-about = un archivo .kdbx con su contraseña; códigos en el campo TOTP de KeePassXC, las cuentas HOTP quedan fuera
export-google-qr = Códigos QR de Google Authenticator
export-google-qr-about = imágenes para escanear con un teléfono (una carpeta)
export-uris = Enlaces otpauth
export-uris-about = uno por línea, sin cifrar
export-qr = Una cuenta como código QR
export-qr-about = para pasarla a un teléfono
export-format = Formato
export-account = Cuenta
export-password = Contraseña del archivo
export-plain-ok = Entiendo que este archivo guarda mis secretos sin cifrar: quien lo obtenga puede generar mis códigos.
export-folder = Carpeta
export-file = Archivo
export-path-placeholder = Elige dónde guardarlo
export-folder-title = Carpeta para las imágenes QR
export-to-title = Exportar a
export-run = Exportar
exporting = Exportando…
exported =
    { $count ->
        [one] Se exportó { $count } cuenta a { $where }.
       *[other] Se exportaron { $count } cuentas a { $where }.
    }
exported-files =
    { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }
not-exported = No exportado: { $what }

## Automatic backups

backup-title = Copias de seguridad automáticas
backup-state = Se hace una copia en { $folder } unos segundos después de cada cambio, conservando las últimas { $keep }.
backup-last = Última copia: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
backup-restore = Restaura una copia con Importar; se abre solo con su contraseña.
backup-off = Desactivar
backup-now = Hacer copia ahora
backup-about = Tras cada cambio se escribe una copia cifrada de Sesame en la carpeta que elijas (otro disco, una carpeta sincronizada). Se abre con su propia contraseña, así que sobrevive a la pérdida del llavero o del equipo.
backup-folder = Carpeta
backup-folder-title = Carpeta para las copias
backup-keep = Copias que conservar
backup-password = Contraseña de las copias
backup-on = Activar
backup-turning-on = Activando…
sync-title = Sincronización
sync-about = Mantén iguales las cuentas de este perfil en tus ordenadores, mediante una carpeta que Syncthing, Nextcloud, Dropbox, OneDrive o iCloud Drive mantiene al día, o un servidor WebDAV. Allí solo van archivos cifrados; la frase nunca sale de tus ordenadores.
sync-where = Sincronizar mediante
sync-kind-folder = Una carpeta sincronizada
sync-kind-webdav = Un servidor WebDAV (Nextcloud, ownCloud, …)
sync-folder = Carpeta
sync-folder-title = Carpeta para sincronizar
sync-url = Dirección WebDAV
sync-user = Usuario
sync-dav-password = Contraseña de WebDAV
sync-passphrase = Frase de sincronización
sync-passphrase-note = En el primer ordenador, elige una frase difícil de adivinar; en los demás, escribe la misma.
sync-on = Activar la sincronización
sync-turning-on = Conectando…
sync-state = Sincronizando con { $location }.
sync-last = Última sincronización: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
sync-never = Aún no se ha sincronizado.
sync-devices = Otros dispositivos: { $names }
sync-arrived = La última sincronización trajo:
sync-problems = La última sincronización encontró:
sync-now = Sincronizar ahora
sync-off = Desactivar

## Profiles

profile-new-title = Nuevo perfil
profile-name = Nombre
profile-password = Contraseña
profile-repeat = Repite la contraseña
profile-keyring-hint = Deja la contraseña vacía para desbloquear este perfil con tu sesión (el llavero del sistema).
profile-no-keyring = Aquí no hay llavero del sistema, así que el perfil necesita una contraseña.
passwords-differ = Las contraseñas no coinciden.
profile-create = Crear
password-title = Contraseña de { $profile }
password-current = Contraseña actual
password-new = Contraseña nueva
password-repeat = Repítela
password-remove-hint = Déjala vacía para quitar la contraseña: el perfil se desbloqueará entonces con tu sesión (el llavero del sistema).
password-add-hint = Con contraseña, este perfil ya no se abre solo con tu sesión.
recovery-title = Clave de recuperación
recovery-write-down = Anótala y guárdala en un lugar seguro. Desbloquea { $profile } si se olvida la contraseña o se pierde el llavero. Solo se muestra esta vez.
recovery-label = Clave de recuperación
recovery-written = Ya la he anotado
recovery-about = Una clave de recuperación abre este perfil cuando nada más puede.
recovery-replaces = Crear una nueva sustituye a la anterior, que deja de funcionar.
recovery-create = Crear una clave de recuperación
login-unlock-title = Desbloquear { $profile } con tu sesión
login-unlock-hint = Cualquiera que pueda usar tu cuenta del equipo abrirá entonces este perfil sin su contraseña.
login-unlock-allow = Permitir

## Quick copy

quick-label = Copia rápida
quick-search-label = Busca una cuenta para copiar su código
quick-placeholder = Escribe para buscar una cuenta
quick-suggested = Sugerida para «{ $window }»
quick-matches = Coincidencias
quick-next = siguiente
quick-keys-copy = Intro copia · Mayús+Intro escribe · Esc cierra
quick-keys-type = Intro escribe · Mayús+Intro copia · Esc cierra

## Rust's own words: quick copy's outcome, notices, the tray

clock-warning = El reloj de tu equipo no está sincronizado con la hora de la red, así que los códigos pueden ser incorrectos: activa la hora automática en los ajustes del sistema.
notice-no-keyring = { $why }, así que Sesame no puede guardar tu clave en él. Elige una contraseña para tu perfil.
scan-no-code = no se encontró ningún código QR
scan-unusable = un código de autenticación que Sesame no puede usar: { $why }
scan-batch = parte { $index } de { $size }
import-choose-first = elige primero el archivo que importar
import-nothing-previewed = no hay ninguna importación revisada que confirmar
backup-choose-password = elige una contraseña para las copias
backup-not-a-folder = { $folder } no es una carpeta
password-advice = usa unas cuantas palabras poco comunes o más caracteres
nothing-added = no se añadió nada
integrity-damaged = el registro de integridad del perfil está dañado: no se pueden detectar entradas borradas o revertidas hasta que confirmes uno nuevo
integrity-rolled-back = los datos del perfil son más antiguos de lo que recuerda el llavero de este equipo (escritos { $written } veces, no { $remembered }): la base de datos se restauró desde una copia anterior y los cambios posteriores (un contador HOTP, una cuenta borrada) pueden haberse deshecho
integrity-deleted = la entrada { $id } se borró fuera de Sesame
integrity-older-copy = la entrada { $id } se sustituyó por una copia más antigua (versión { $version }, se esperaba { $expected }); un contador HOTP puede haber retrocedido
integrity-mismatch = la entrada { $id } no coincide con el registro de integridad
integrity-foreign = la entrada { $id } no la escribió Sesame en este perfil
sync-file-damaged = el archivo del dispositivo { $device } está dañado o lo cambió alguien sin la clave de sincronización; se ha ignorado
sync-file-replayed = el archivo del dispositivo { $device } es más antiguo que uno ya leído (se repuso una copia vieja); se ha ignorado
sync-own-rolled-back = el archivo de este dispositivo en el lugar de sincronización se sustituyó por una copia más antigua; se ha vuelto a escribir
sync-kept-deleted-here = { $label } se eliminó aquí mientras { $device } lo cambiaba; se ha conservado
sync-kept-deleted-there = { $label } se eliminó en { $device } mientras se cambiaba aquí; se ha conservado
sync-added = añadido { $label }
sync-changed = cambiado { $label }
sync-removed = eliminado { $label }
uri-warning-steam = los códigos de Steam siempre usan SHA1, 30 segundos y 5 caracteres; se ignoran los demás valores del enlace
uri-warning-counter = falta el parámetro counter; se empieza en 0
uri-warning-issuer = el parámetro issuer «{ $issuer }» no coincide con el prefijo de la etiqueta «{ $prefix }»; se usa «{ $issuer }»
import-aegis-icons = los iconos de Aegis no se importan: Sesame muestra los suyos
import-aegis-groups = las entradas en varios grupos de Aegis conservan solo el primero
import-bitwarden-encrypted = esta exportación de Bitwarden está cifrada con la clave de tu cuenta, que solo Bitwarden puede usar: exporta de nuevo como «Protegido por contraseña» o como JSON sin cifrar
import-bitwarden-steam = Bitwarden no guarda emisor para los códigos de Steam: emisor Steam y cuenta el nombre del elemento
import-only-secret = solo se guardó un secreto: se suponen SHA1, 6 dígitos y 30 segundos
import-proton-pass-pgp = esta exportación de Proton Pass está cifrada con PGP: expórtala de nuevo sin cifrado (.zip o .json), impórtala y luego bórrala
import-costly-aes-kdf = esta base de datos pide { $rounds } rondas de derivación de clave AES; Sesame rechaza más de { $max }
import-keepass-no-codes = ninguna de sus entradas tiene un código de un solo uso (un campo otp, TOTP Seed o los campos TimeOtp o HmacOtp de KeePass)
import-not-xml = no es un archivo XML ({ $why })
import-not-preferences = no es un archivo de preferencias de Android
import-duo-push = una cuenta push de Duo: no tiene código que importar
import-duo-no-issuer = Duo Mobile no guarda el emisor: cada cuenta conserva el nombre que tenía en Duo
import-authy-newer = este token usa el cifrado de las versiones nuevas de Authy, que Sesame aún no puede leer
import-microsoft-push = una cuenta de inicio de sesión de Microsoft sin código: no se puede importar
import-not-database = no es una base de datos SQLite legible ({ $why })
import-secret-encoding = la codificación del secreto (base { $base }) es desconocida
import-sha1-assumed = { $app } no guarda el algoritmo: se supone SHA1
import-sha1-30-assumed = { $app } no guarda el algoritmo ni el periodo: se suponen SHA1 y 30 segundos
import-google-no-period = las exportaciones de Google Authenticator no llevan periodo: todos los códigos usan 30 segundos
import-icon-unreadable = no se pudo leer su icono, así que Sesame muestra el suyo
import-no-accounts = no contiene cuentas
import-not-text = el archivo no es de texto
import-unsupported-kind = Sesame no admite cuentas { $kind }
import-unknown-kind = tipo desconocido «{ $kind }»
import-digits = los dígitos no pueden ser { $digits }
import-period-too-long = el periodo es demasiado largo
import-damaged = entrada dañada: { $why }
import-item = elemento { $number }
import-entry = entrada { $number }
import-line = línea { $number }
import-row = fila { $number }
import-an-entry = una entrada
import-missing-field = el archivo no tiene «{ $field }»
import-missing-list = no hay lista «{ $field }»
import-no-key-slots = el almacén cifrado no tiene ranuras de clave legibles
import-no-nonce = el almacén cifrado no tiene nonce ni tag
import-too-many-slots = este almacén tiene { $slots } ranuras de contraseña; Sesame prueba como máximo { $max }
import-field-not-base64 = «{ $field }» no es Base64
import-does-not-decrypt = los datos no se descifran con la clave del archivo: el archivo está dañado
import-decrypted-not-json = los datos descifrados están dañados ({ $why })
import-expected-list = se esperaba una lista de entradas
import-too-short = el archivo es demasiado corto para ser una copia cifrada
import-cut-short = la copia cifrada está cortada
import-not-export = no es una exportación de { $app } ({ $why })
import-not-csv = no es un archivo CSV ({ $why })
import-bad-nonce = el nonce no es una cabecera secretstream
import-not-json = no es JSON válido ({ $why })
import-not-sesame = no es una copia de Sesame
import-newer-backup = esta copia es de la versión { $version }, escrita por un Sesame más nuevo: actualiza Sesame para leerla
import-not-argon2id = { $algorithm }, cuando Sesame escribe argon2id
import-costly-memory = este archivo pide { $asked } de memoria para abrirse; Sesame rechaza más de { $max }
import-costly-passes = este archivo pide { $passes } pasadas sobre { $memory } para abrirse, mucho más de lo que escribe { $app }; Sesame rechaza más de { $max } en total
import-costly-scrypt = este archivo pide scrypt con { $parameters } para abrirse, { $times }× lo que escribe Aegis; Sesame rechaza más de 8×
import-costly-pbkdf2 = este archivo pide { $iterations } iteraciones de PBKDF2 para abrirse, mucho más de lo que escribe { $app }; Sesame rechaza más de { $max }
entry-undecryptable = no se puede descifrar: está dañada o se trajo de otro perfil
quick-copied = Copiado
quick-typed = Escrito
quick-clears = { $what }; el portapapeles se vacía en { $seconds } s
quick-copied-instead = { $why }, así que se copió en su lugar
quick-no-target = Sesame no sabe en qué ventana escribir
quick-typing-failed = no se pudo escribir
quick-cannot-focus = Sesame no puede devolver el foco a esa ventana
quick-lost-keyboard = «{ $window }» ya no tiene el teclado
quick-cannot-type = este sistema no deja a Sesame escribir en otras ventanas
quick-keys-refused = este sistema rechazó las teclas
tray-copy = Copiar { $name }
tray-open = Abrir Sesame
tray-quick-copy = Copia rápida…
tray-lock = Bloquear
tray-quit = Salir

## The desktop file (packaging/sesame.desktop; tests/packaging.rs keeps it equal to these)

desktop-generic-name = Autenticador
desktop-comment = Códigos de doble factor en tu escritorio
desktop-keywords = 2FA;doble factor;autenticador;OTP;TOTP;código;inicio de sesión;
desktop-quick-copy = Copia rápida

## Errors and notices of Rust's core: their English is Rust's own (the CLI's words)

core-as-is = { $message }
core-file-empty = el archivo está vacío
core-uri-empty = el enlace está vacío
core-uri-not-a-uri = no es un enlace: se esperaba otpauth://TIPO/ETIQUETA?secret=…
core-uri-scheme = no es un enlace otpauth: el esquema es «{ $scheme }»
core-uri-migration = este enlace otpauth-migration contiene un lote de cuentas, no una
core-uri-missing-type = falta el tipo de código: se esperaba otpauth://totp/, otpauth://hotp/ u otpauth://steam/
core-uri-type = tipo de código «{ $type }» no admitido: Sesame lee totp, hotp y steam
core-uri-label-encoding = la etiqueta no es UTF-8 válido una vez decodificada
core-uri-duplicate = el parámetro «{ $parameter }» aparece más de una vez
core-uri-missing-secret = falta el parámetro secret
core-uri-empty-secret = el secreto está vacío
core-uri-secret-symbol = el secreto no es Base32 válido: «{ $found }» inesperado en la posición { $position }
core-uri-secret-length = el secreto no es Base32 válido: { $count } caracteres no codifican bytes enteros
core-uri-algorithm = algoritmo desconocido «{ $algorithm }»
core-uri-not-a-number = { $name } debe ser un número entero, no «{ $value }»
core-uri-steam-hotp = los códigos de Steam son por tiempo: encoder=steam no se aplica a un enlace hotp
core-param-digits = los dígitos deben estar entre { $min } y { $max }, no { $digits }
core-param-period = el periodo debe estar entre 1 y { $max } segundos, no { $period }
core-param-steam = los códigos de Steam siempre usan SHA1 y 5 caracteres
core-migration-scheme = no es un enlace otpauth-migration: el esquema es «{ $scheme }»
core-migration-missing-data = el enlace otpauth-migration no tiene el parámetro data
core-migration-base64 = los datos de migración no son Base64 válido
core-migration-protobuf = los datos de migración no son una exportación de Google Authenticator: { $why }
core-migration-empty = el lote de migración no contiene cuentas
core-migration-batch-index = la parte { $index } está fuera de un lote de { $size }
core-migration-batch-too-large = esta exportación dice tener { $count } códigos QR; Sesame lee exportaciones de { $max } como máximo
core-migration-entry = cuenta { $position } del lote ({ $label }): { $reason }
core-qr-too-large = el archivo ocupa más de { $mib } MiB
core-qr-unknown-format = no es una imagen que Sesame pueda leer (PNG, JPEG, WebP, GIF o BMP)
core-qr-dimensions = la imagen es demasiado grande para escanearla: como máximo { $side } píxeles por lado, { $megapixels } megapíxeles y { $alloc } MiB descomprimida
core-qr-damaged = la imagen está dañada o cortada: { $why }
core-vault-data-dir = no se puede usar la carpeta de datos { $path }: { $reason }
core-vault-not-a-database = { $path } no es una base de datos de Sesame ({ $why }); no se ha tocado
core-vault-damaged = la base de datos { $path } está dañada ({ $why }); no se ha tocado
core-vault-newer-schema = la base de datos { $path } la escribió un Sesame más nuevo (esquema { $schema }); actualiza Sesame
core-vault-disk-full = el disco está lleno: no se escribió nada
core-vault-read-only = la carpeta de datos es de solo lectura: no se escribió nada
core-vault-busy = la base de datos está ocupada (otro Sesame escribe en ella); inténtalo de nuevo
core-vault-database = error de la base de datos: { $why }
core-vault-no-profile = no hay ningún perfil llamado «{ $profile }»
core-vault-profile-exists = ya existe un perfil llamado «{ $profile }»
core-vault-invalid-name = los nombres de perfil tienen de 1 a 64 caracteres, sin caracteres de control
core-vault-wrong-password = contraseña incorrecta para el perfil { $profile }
core-vault-locked = el perfil { $profile } está bloqueado
core-vault-wrong-recovery-key = clave de recuperación incorrecta para el perfil { $profile }
core-vault-no-password = el perfil { $profile } no tiene contraseña
core-vault-no-password-to-remove = el perfil { $profile } no tiene contraseña que quitar
core-vault-no-recovery-key = el perfil { $profile } no tiene clave de recuperación
core-vault-no-keyring-key = el perfil { $profile } no tiene clave en el llavero
core-vault-keyring-unavailable = el perfil { $profile } está protegido por el llavero, pero { $why }; desbloquéalo con su contraseña o su clave de recuperación
core-vault-key-missing = la clave del perfil { $profile } no está en el llavero (o el llavero está bloqueado); desbloquéalo con su contraseña o su clave de recuperación
core-vault-damaged-slot = una clave del perfil { $profile } está dañada
core-vault-damaged-settings = los ajustes del perfil { $profile } están dañados; vuelve a configurar sus copias automáticas
core-vault-last-slot = eso dejaría el perfil { $profile } sin ninguna forma de desbloquearlo
core-vault-no-entry = no hay ninguna entrada con el id { $id } en este perfil
core-vault-integrity = el registro de integridad del perfil { $profile } está dañado o es más antiguo de lo que recuerda este equipo, así que Sesame no puede saber si se borraron o revirtieron entradas; revisa las cuentas y confirma para empezar un registro nuevo
core-sync-not-enabled = el perfil { $profile } no se sincroniza: configúralo primero (sync enable, o Ajustes en la aplicación)
core-sync-already-enabled = el perfil { $profile } ya se sincroniza con { $location }; desactiva la sincronización para usar otro lugar
core-sync-wrong-passphrase = frase de sincronización incorrecta: no se ha leído ni escrito nada
core-sync-unreachable = no se puede acceder a { $location } ({ $why }); no se ha perdido nada y la próxima sincronización lo volverá a intentar
core-sync-webdav-refused = el servidor WebDAV de { $url } ha rechazado el usuario o la contraseña
core-sync-set-missing = { $location } ya no contiene el conjunto de sincronización de este perfil; aquí no se ha cambiado nada (si la carpeta se ha movido, desactiva la sincronización y configúrala en el nuevo lugar)
core-sync-bad-set = no se puede usar el sesame-sync.json del conjunto de sincronización: { $why }; no se ha cambiado nada
core-sync-integrity = la comprobación de integridad del perfil { $profile } ha encontrado problemas: resuélvelos antes de sincronizar para que no lleguen a los demás dispositivos
core-mirror-folder = no se puede leer la carpeta { $dir }: { $why }
core-mirror-format = un espejo sigue las copias automáticas de { $formats }; «{ $format }» no es una de ellas
core-mirror-already = { $dir } ya se sigue
core-mirror-not-followed = { $dir } no se sigue
core-mirror-backup = no se puede leer la copia { $file }: { $why }
core-vault-recovery-format = la clave de recuperación no es válida: { $why }
core-settings-clipboard = el portapapeles se puede vaciar tras 0 (nunca) a 600 segundos
core-settings-show-next = el código siguiente se puede mostrar en los últimos 0 (nunca) a 30 segundos
core-settings-auto-lock = el bloqueo automático puede ser tras 0 (nunca) a 1440 minutos
core-settings-time-offset = la corrección de hora puede ser como mucho de una hora en cualquier sentido (3600 segundos)
core-settings-shortcut = el atajo de copia rápida es demasiado largo
core-settings-language = Sesame no tiene catálogo para el idioma «{ $language }»
core-settings-write = no se pueden guardar los ajustes: { $why }
core-import-too-large = el archivo ocupa más de { $mib } MiB, lo máximo para una exportación
core-import-unknown-format = no es una exportación que Sesame conozca: se esperaba una de { $formats }
core-import-not-this-format = no es { $app }: { $reason }
core-import-needs-password = esta exportación de { $app } está cifrada: hace falta su contraseña
core-import-wrong-password = contraseña incorrecta
core-import-parameters = los parámetros de cifrado del archivo están fuera de rango: { $why }
core-import-summary =
    { $written ->
        [yes] Importadas: { $new }
       *[no] Se importarían: { $new }
    }{ $duplicates ->
        [0] {""}
       *[other] , duplicadas omitidas: { $duplicates }
    }{ $failed ->
        [0] {""}
       *[other] , { $failed } no se pudieron importar: { $errors }
    }
core-export-empty = no hay nada que exportar
core-export-needs-password = el formato { $format } va cifrado: hace falta una contraseña
core-export-one-entry = el formato qr contiene una sola cuenta: elígela con --entry
core-export-nothing-fits = ninguna cuenta cabe en el formato { $format }: { $why }
core-export-kdf = falló la derivación de la clave: { $why }
core-weak-password-first-guesses = esta contraseña es demasiado fácil de adivinar (estaría entre los primeros intentos): { $why }
core-weak-password-minutes = esta contraseña es demasiado fácil de adivinar (un ordenador la adivinaría en minutos): { $why }
core-keyring-no-service = no hay ningún servicio de llavero ({ $why })
core-keyring-locked = el llavero está bloqueado o denegó el acceso; desbloquéalo y vuelve a intentarlo
core-keyring-failed = el llavero falló: { $why }
core-icon = no se puede usar esta imagen como icono: { $why }
core-capture-clipboard = no se puede leer el portapapeles: { $why }
core-capture-no-image = el portapapeles no contiene ninguna imagen
core-capture-screen = no se puede capturar la pantalla: { $why }
core-scan-missing-batches =
    { $several ->
        [yes] esta exportación de Google Authenticator tiene { $size } códigos QR y faltan los códigos { $missing }: añádelos también o sus cuentas no se incluirán
       *[no] esta exportación de Google Authenticator tiene { $size } códigos QR y falta el código { $missing }: añádelo también o sus cuentas no se incluirán
    }
core-advice-straight-rows = Las filas seguidas de teclas son fáciles de adivinar.
core-advice-short-patterns = Los patrones cortos de teclado son fáciles de adivinar.
core-advice-repeats-aaa = Las repeticiones como «aaa» son fáciles de adivinar.
core-advice-repeats-abcabc = Las repeticiones como «abcabcabc» apenas son más difíciles de adivinar que «abc».
core-advice-top-10 = Es una de las 10 contraseñas más comunes.
core-advice-top-100 = Es una de las 100 contraseñas más comunes.
core-advice-common = Es una contraseña muy común.
core-advice-similar = Se parece a una contraseña muy usada.
core-advice-sequences = Las secuencias como abc o 6543 son fáciles de adivinar.
core-advice-recent-years = Los años recientes son fáciles de adivinar.
core-advice-one-word = Una palabra sola es fácil de adivinar.
core-advice-dates = Las fechas suelen ser fáciles de adivinar.
core-advice-names = Los nombres y apellidos solos son fáciles de adivinar.
core-advice-common-names = Los nombres y apellidos comunes son fáciles de adivinar.
core-advice-few-words = Usa unas cuantas palabras y evita frases hechas.
core-advice-no-symbols-needed = No hacen falta símbolos, dígitos ni mayúsculas.
core-advice-another-word = Añade otra palabra o dos. Mejor si son poco comunes.
core-advice-capitals = Las mayúsculas no ayudan mucho.
core-advice-all-capitals = Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.
core-advice-reversed = Las palabras al revés no son mucho más difíciles de adivinar.
core-advice-substitutions = Las sustituciones previsibles, como «@» en lugar de «a», no ayudan mucho.
core-advice-longer-pattern = Usa un patrón de teclado más largo y con más giros.
core-advice-avoid-repeats = Evita repetir palabras y caracteres.
core-advice-avoid-sequences = Evita las secuencias.
core-advice-avoid-recent-years = Evita los años recientes.
core-advice-avoid-your-years = Evita los años relacionados contigo.
core-advice-avoid-your-dates = Evita las fechas y años relacionados contigo.
