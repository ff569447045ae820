### As palavras do Sesame em português do Brasil.

# Whether a fluent speaker has reviewed this catalogue: "yes" or "no".
-reviewed = no

## The window

app-name = Sesame
data-error-title = O Sesame não consegue abrir seus dados
something-went-wrong = Algo deu errado.
cancel = Cancelar
close = Fechar
done = Concluído
save = Salvar
choose = Escolher…
part-failed = O Sesame não conseguiu carregar esta parte da janela. Reinstalar o Sesame deve resolver.
again = De novo

## The header and its menu

header-profile = Perfil
header-add = Adicionar
header-add-title = Adicionar uma conta (Ctrl+N)
header-lock = Bloquear
header-lock-label = Bloquear { $profile }
header-menu = Mais
menu-new-profile = Novo perfil…
menu-password = Senha…
menu-recovery = Chave de recuperação…
menu-import = Importar…
menu-export = Exportar…
menu-backups = Backups…
menu-sync = Sincronizar…
menu-settings = Configurações…
menu-login-unlock-stop = Parar de desbloquear com meu login
menu-login-unlock-start = Desbloquear também com meu login

## Adding accounts: the first screen and the Add dialog

empty-title = Adicione sua primeira conta
empty-lead = Onde o site mostrou a configuração?
add-title = Adicionar uma conta
add-scan-screen = Ler o QR code da minha tela
add-scan-screen-hint = O site está mostrando um QR code: o Sesame encontra.
add-open-image = Abrir uma imagem com QR code…
add-open-image-hint = Uma captura de tela ou imagem salva. Você também pode soltar ou colar aqui.
add-type-key = Digitar a chave de configuração…
add-type-key-hint = O site mostra uma chave de letras e números.
add-import = Importar de outro app…
add-import-hint = Aegis, 2FAS, Google Authenticator e outros.
add-link = Colar um link de configuração (avançado)
add-link-label = Link de configuração (otpauth://…)
add-link-submit = Adicionar
add-drop = Solte uma imagem com QR code para ler, ou um arquivo exportado para importar
accounts-added =
    { $count ->
        [one] { $count } conta adicionada.
       *[other] { $count } contas adicionadas.
    }
account-added = { $name } adicionada.
accounts-saved =
    { $count ->
        [one] { $count } conta salva.
       *[other] { $count } contas salvas.
    }
tip-quick-copy = Dica: pressione { $shortcut } em qualquer lugar para achar uma conta e copiar o código.
tip-search = Dica: comece a digitar para achar uma conta e pressione Enter para copiar o código.
tip-dismiss = Entendi

## The list

search-label = Buscar contas
search-placeholder = Buscar
order-title = Mudar a ordem
order-custom = Sua ordem
order-issuer = A–Z
order-used = Mais usadas
order-recent = Recentes
groups-label = Grupos
group-all = Todas
accounts-label = Contas
no-match = Nenhuma conta corresponde a “{ $query }”.
unnamed-account = Conta sem nome
copy-title = Copiar o código
favourite = Favorita
copied = Copiado
next-code-label = Próximo código
next-code-shown = depois { $code }
seconds-left-title = Segundos restantes
seconds-left =
    { $seconds ->
        [one] Falta { $seconds } segundo
       *[other] Faltam { $seconds } segundos
    }
next-code-for = Próximo código de { $name }
edit = Editar
edit-label = Editar { $name }
remove = Remover
remove-label = Remover { $name }
codes-change-in =
    { $seconds ->
        [one] Os códigos mudam em { $seconds } segundo
       *[other] Os códigos mudam em { $seconds } segundos
    }
copied-code = Código de { $name } copiado.
copied-code-clears =
    { $seconds ->
        [one] Código de { $name } copiado; a área de transferência será limpa em { $seconds } segundo.
       *[other] Código de { $name } copiado; a área de transferência será limpa em { $seconds } segundos.
    }

## Banners

removed = { $name } removida.
undo = Desfazer
remind-recovery = Este perfil é guardado só pelo chaveiro do sistema; se o chaveiro for redefinido, as contas se perdem.
remind-recovery-action = Criar uma chave de recuperação
remind-backup = Ainda não há backup destas contas.
remind-backup-action = Configurar backups automáticos
integrity-wait = Até você confirmar, o Sesame não muda nada neste perfil.
integrity-confirm = Conferi as contas: começar um novo registro

## First start and the lock screen

welcome-title = Boas-vindas ao Sesame
welcome-password = Senha do seu perfil
welcome-create = Criar perfil
locked-title = { $profile } está bloqueado
unlock-password = Senha
unlock-recovery-key = Chave de recuperação
unlock = Desbloquear
unlocking = Desbloqueando…
use-recovery-key = Usar a chave de recuperação
use-password = Usar a senha
try-keyring = Tentar o chaveiro de novo

## Scan preview

scan-found = Contas encontradas
scan-none = Nenhuma conta encontrada
scan-not-a-code = Não é um código de autenticação: { $what } ({ $preview })
scan-kind-url = um link da web
scan-kind-wifi = configurações de Wi-Fi
scan-kind-text = texto
scan-save =
    { $count ->
        [one] Salvar { $count } conta
       *[other] Salvar { $count } contas
    }
meta-digits =
    { $digits ->
        [one] { $digits } dígito
       *[other] { $digits } dígitos
    }
meta-characters =
    { $digits ->
        [one] { $digits } caractere
       *[other] { $digits } caracteres
    }
meta-period = { $seconds } s
meta-already-added = já adicionada

## Typing a setup key

manual-title = Adicionar uma conta pela chave de configuração
manual-issuer = Emissor (o site ou serviço)
manual-account = Conta (seu nome ou endereço lá)
manual-secret = Chave de configuração
manual-advanced = Configurações do código (só se o site pedir)
manual-code-now = Código agora:
manual-seconds = ({ $seconds } s)
manual-type-key = Digite a chave para ver o código.
manual-add = Adicionar

## Code settings

params-type = Tipo
params-totp = Por tempo
params-hotp = Por contador (HOTP)
params-steam = Steam
params-algorithm = Algoritmo
params-digits = Dígitos
params-period = Período (segundos)
params-counter = Contador (do próximo código)

## Editing an account

edit-title = Editar conta
reveal-title = Segredo e QR code
reveal-qr-alt = QR code desta conta, para ler com um celular
reveal-warning = Quem vir isto pode gerar seus códigos. Feche quando terminar.
reveal-password = A senha do seu perfil, para mostrar o segredo
reveal-caution = O segredo permite a qualquer pessoa gerar os códigos desta conta: mostre só onde ninguém mais possa ver.
reveal-show = Mostrar
edit-issuer = Emissor
edit-account = Conta
edit-group = Grupo
edit-note = Nota
edit-favourite = Favorita (aparece primeiro)
edit-icon = Ícone
edit-brand-placeholder = Marca (como o emissor)
edit-brand-label = Nome do ícone da marca
edit-icon-image = Imagem…
edit-icon-reset = Redefinir
edit-advanced = Configurações do código (avançado)
edit-advanced-warning = Mude só para coincidir com o que o site usa: valores errados estragam todos os códigos. Numa conta HOTP, ajuste o contador para ressincronizar.
edit-reveal = Segredo e QR…

## Settings

settings-title = Configurações
settings-language = Idioma
settings-language-system = Como o sistema
settings-clipboard = Limpar a área de transferência após (segundos, 0 = nunca)
settings-show-next = Mostrar o próximo código nos últimos (segundos, 0 = nunca)
settings-auto-lock = Bloquear um perfil com senha após (minutos sem uso, 0 = nunca)
settings-time-offset = Correção de horário (segundos somados ao relógio deste computador, se estiver errado)
settings-hide-codes = Ocultar os códigos até o ponteiro ou o foco estar na linha
settings-shortcut = Atalho da cópia rápida (em qualquer lugar da área de trabalho; vazio = nenhum)
settings-quick-types = A cópia rápida digita o código na janela em vez de copiar (Shift+Enter faz o contrário)
settings-start-at-login = Abrir o Sesame quando eu fizer login
settings-close-to-tray = Fechar a janela mantém o Sesame aberto (na bandeja, ou minimizado onde não houver)
settings-lock-on-minimise = Bloquear ao minimizar a janela
settings-theme = Tema
theme-system = Como o sistema
theme-light = Claro
theme-dark = Escuro
settings-weaker = Bloquear mais tarde, ou limpar a área de transferência mais tarde, deixa todos os perfis menos seguros: digite a senha do perfil para salvar.
settings-version = Sesame { $version }

## Asking for the profile's password again

owner-password = A senha do seu perfil, { $purpose }
owner-weaken = para afrouxar estas configurações
owner-export = para exportar as contas
owner-backup = para fazer backup das contas
owner-sync = para ativar a sincronização
owner-recovery = para criar uma chave de recuperação
owner-allow = para permitir

## Password strength

strength-0 = Muito fácil de adivinhar
strength-1 = Fácil de adivinhar
strength-2 = Razoável
strength-3 = Forte
strength-4 = Muito forte
strength-advice = acrescente algumas palavras incomuns

## Import

import-title = Importar contas
import-from = Importar do { $app }
import-drop-label = Solte aqui um arquivo exportado
import-drop = Solte aqui uma exportação de outro app autenticador ou de um gerenciador de senhas
import-choose = Escolher um arquivo…
import-password = Esta exportação do { $app } é criptografada. A senha dela:
import-key-file = Arquivo de chave, se o banco de dados tiver um
import-open = Abrir
import-opening = Abrindo…
import-rows = O que a importação vai fazer
import-new = nova
import-duplicate = já está aqui
import-error = não dá para importar
import-confirm =
    { $count ->
        [one] Importar { $count } conta
       *[other] Importar { $count } contas
    }

## Export

export-title = Exportar
export-sesame = Backup do Sesame
export-sesame-about = criptografado com senha; tudo preservado
export-aegis-encrypted = Aegis, criptografado
export-aegis-encrypted-about = abre no Aegis com a senha
export-aegis = Aegis, sem criptografia
export-aegis-about = cofre sem criptografia com grupos e notas
export-2fas-encrypted = 2FAS, criptografado
export-2fas-encrypted-about = abre no 2FAS com a senha; mantém os grupos
export-2fas = 2FAS, sem criptografia
export-2fas-about = backup do 2FAS sem criptografia, com grupos
export-ente = Ente Auth
export-ente-about = exportação em texto do Ente, com tags, notas e fixados
export-bitwarden = Bitwarden
export-bitwarden-about = JSON sem criptografia para o Bitwarden; contas HOTP ficam de fora
export-keepassxc = Banco de dados do KeePassXC
export-keepassxc-about = um arquivo .kdbx com senha; códigos no campo TOTP do KeePassXC, contas HOTP ficam de fora
export-google-qr = QR codes do Google Authenticator
export-google-qr-about = imagens para ler com um celular (uma pasta)
export-uris = Links otpauth
export-uris-about = um por linha, sem criptografia
export-qr = Uma conta como QR code
export-qr-about = para levá-la a um celular
export-format = Formato
export-account = Conta
export-password = Senha do arquivo
export-plain-ok = Entendo que este arquivo guarda meus segredos sem criptografia: quem o tiver pode gerar meus códigos.
export-folder = Pasta
export-file = Arquivo
export-path-placeholder = Escolha onde salvar
export-folder-title = Pasta para as imagens QR
export-to-title = Exportar para
export-run = Exportar
exporting = Exportando…
exported =
    { $count ->
        [one] { $count } conta exportada para { $where }.
       *[other] { $count } contas exportadas para { $where }.
    }
exported-files =
    { $files ->
        [one] { $files } arquivo
       *[other] { $files } arquivos
    }
not-exported = Não exportado: { $what }

## Automatic backups

backup-title = Backups automáticos
backup-state = Fazendo backup em { $folder } alguns segundos após cada mudança, guardando os últimos { $keep }.
backup-last = Último backup: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
backup-restore = Restaure um backup com Importar; ele abre só com a senha do backup.
backup-off = Desativar
backup-now = Fazer backup agora
backup-about = Após cada mudança, um backup criptografado do Sesame é gravado numa pasta que você escolhe (outro disco, uma pasta sincronizada). Ele abre com a própria senha, então sobrevive à perda do chaveiro ou do computador.
backup-folder = Pasta
backup-folder-title = Pasta para os backups
backup-keep = Backups a guardar
backup-password = Senha do backup
backup-on = Ativar
backup-turning-on = Ativando…
sync-title = Sincronização
sync-about = Mantenha as contas deste perfil iguais nos seus computadores, por uma pasta que o Syncthing, Nextcloud, Dropbox, OneDrive ou iCloud Drive mantém em dia, ou um servidor WebDAV. Só vão para lá arquivos criptografados; a frase nunca sai dos seus computadores.
sync-where = Sincronizar por
sync-kind-folder = Uma pasta sincronizada
sync-kind-webdav = Um servidor WebDAV (Nextcloud, ownCloud, …)
sync-folder = Pasta
sync-folder-title = Pasta para sincronizar
sync-url = Endereço WebDAV
sync-user = Usuário
sync-dav-password = Senha do WebDAV
sync-passphrase = Frase de sincronização
sync-passphrase-note = No primeiro computador, escolha uma frase difícil de adivinhar; nos outros, digite a mesma.
sync-on = Ativar a sincronização
sync-turning-on = Conectando…
sync-state = Sincronizando com { $location }.
sync-last = Última sincronização: { DATETIME($when, dateStyle: "medium", timeStyle: "short") }.
sync-never = Ainda não sincronizado.
sync-devices = Outros dispositivos: { $names }
sync-arrived = A última sincronização trouxe:
sync-problems = A última sincronização encontrou:
sync-now = Sincronizar agora
sync-off = Desativar

## Profiles

profile-new-title = Novo perfil
profile-name = Nome
profile-password = Senha
profile-repeat = Repita a senha
profile-keyring-hint = Deixe a senha vazia para desbloquear este perfil com seu login (o chaveiro do sistema).
profile-no-keyring = Não há chaveiro do sistema aqui, então o perfil precisa de uma senha.
passwords-differ = As senhas são diferentes.
profile-create = Criar
password-title = Senha de { $profile }
password-current = Senha atual
password-new = Nova senha
password-repeat = Repita
password-remove-hint = Deixe vazia para remover a senha: o perfil passa a desbloquear com seu login (o chaveiro do sistema).
password-add-hint = Com uma senha, este perfil não abre mais sozinho com seu login.
recovery-title = Chave de recuperação
recovery-write-down = Anote e guarde num lugar seguro. Ela desbloqueia { $profile } se a senha for esquecida ou o chaveiro perdido. Ela só aparece esta vez.
recovery-label = Chave de recuperação
recovery-written = Já anotei
recovery-about = Uma chave de recuperação abre este perfil quando nada mais consegue.
recovery-replaces = Criar uma nova substitui a antiga, que para de funcionar.
recovery-create = Criar uma chave de recuperação
login-unlock-title = Desbloquear { $profile } com seu login
login-unlock-hint = Qualquer pessoa que use sua conta no computador vai abrir este perfil sem a senha.
login-unlock-allow = Permitir

## Quick copy

quick-label = Cópia rápida
quick-search-label = Encontre uma conta para copiar o código
quick-placeholder = Digite para achar uma conta
quick-suggested = Sugerida para “{ $window }”
quick-matches = Resultados
quick-next = próximo
quick-keys-copy = Enter copia · Shift+Enter digita · Esc fecha
quick-keys-type = Enter digita · Shift+Enter copia · Esc fecha

## Rust's own words: quick copy's outcome, notices, the tray

clock-warning = O relógio do seu computador não está sincronizado com a hora da rede, então os códigos podem estar errados: ative a hora automática nas configurações do sistema.
notice-no-keyring = { $why }, então o Sesame não pode guardar sua chave nele. Escolha uma senha para o seu perfil.
scan-no-code = nenhum QR code encontrado
scan-unusable = um código de autenticação que o Sesame não consegue usar: { $why }
scan-batch = parte { $index } de { $size }
import-choose-first = escolha primeiro o arquivo a importar
import-nothing-previewed = não há importação revisada para confirmar
backup-choose-password = escolha uma senha para o backup
backup-not-a-folder = { $folder } não é uma pasta
password-advice = use algumas palavras incomuns ou mais caracteres
nothing-added = nada foi adicionado
integrity-damaged = o registro de integridade do perfil está danificado: entradas apagadas ou revertidas não podem ser detectadas até você confirmar um novo
integrity-rolled-back = os dados do perfil são mais antigos do que o chaveiro deste computador lembra (gravados { $written } vezes, não { $remembered }): o banco de dados foi restaurado de uma cópia anterior e mudanças posteriores (um contador HOTP, uma conta apagada) podem ter sido desfeitas
integrity-deleted = a entrada { $id } foi apagada fora do Sesame
integrity-older-copy = a entrada { $id } foi trocada por uma cópia mais antiga (versão { $version }, esperada { $expected }); um contador HOTP pode ter voltado
integrity-mismatch = a entrada { $id } não confere com o registro de integridade
integrity-foreign = a entrada { $id } não foi gravada pelo Sesame neste perfil
sync-file-damaged = o arquivo do dispositivo { $device } está danificado ou foi alterado por alguém sem a chave de sincronização; foi ignorado
sync-file-replayed = o arquivo do dispositivo { $device } é mais antigo que um já lido (uma cópia antiga foi reposta); foi ignorado
sync-own-rolled-back = o arquivo deste dispositivo no local de sincronização foi substituído por uma cópia mais antiga; foi gravado de novo
sync-kept-deleted-here = { $label } foi excluído aqui enquanto { $device } o alterava; foi mantido
sync-kept-deleted-there = { $label } foi excluído em { $device } enquanto era alterado aqui; foi mantido
sync-added = adicionado { $label }
sync-changed = alterado { $label }
sync-removed = removido { $label }
uri-warning-steam = os códigos Steam sempre usam SHA1, 30 segundos e 5 caracteres; os outros valores do link são ignorados
uri-warning-counter = falta o parâmetro counter; começando em 0
uri-warning-issuer = o parâmetro issuer “{ $issuer }” difere do prefixo do rótulo “{ $prefix }”; usando “{ $issuer }”
import-aegis-icons = os ícones do Aegis não são importados: o Sesame mostra os seus
import-aegis-groups = entradas em vários grupos do Aegis ficam só no primeiro grupo
import-bitwarden-encrypted = esta exportação do Bitwarden está criptografada com a chave da sua conta, que só o Bitwarden pode usar: exporte de novo como “Protegido por senha” ou como JSON simples
import-bitwarden-steam = o Bitwarden não guarda emissor para códigos Steam: emissor Steam e conta com o nome do item
import-only-secret = só um segredo foi salvo: SHA1, 6 dígitos e 30 segundos presumidos
import-proton-pass-pgp = esta exportação do Proton Pass está criptografada com PGP: exporte de novo sem criptografia (.zip ou .json), importe e depois apague
import-costly-aes-kdf = este banco de dados pede { $rounds } rodadas de derivação de chave AES; o Sesame recusa mais de { $max }
import-keepass-no-codes = nenhuma das entradas tem um código de uso único (um campo otp, TOTP Seed ou os campos TimeOtp ou HmacOtp do KeePass)
import-not-xml = não é um arquivo XML ({ $why })
import-not-preferences = não é um arquivo de preferências do Android
import-duo-push = uma conta push do Duo: não tem código para importar
import-duo-no-issuer = o Duo Mobile não guarda o emissor: cada conta mantém o nome que tinha no Duo
import-authy-newer = este token usa a criptografia das versões novas do Authy, que o Sesame ainda não lê
import-microsoft-push = uma conta de entrada da Microsoft sem código: não pode ser importada
import-not-database = não é um banco de dados SQLite legível ({ $why })
import-secret-encoding = a codificação do segredo (base { $base }) é desconhecida
import-sha1-assumed = o { $app } não guarda o algoritmo: SHA1 presumido
import-sha1-30-assumed = o { $app } não guarda o algoritmo nem o período: SHA1 e 30 segundos presumidos
import-google-no-period = exportações do Google Authenticator não têm período: todos os códigos usam 30 segundos
import-icon-unreadable = o ícone não pôde ser lido, então o Sesame mostra o seu
import-no-accounts = não contém contas
import-not-text = o arquivo não é de texto
import-unsupported-kind = o Sesame não suporta contas { $kind }
import-unknown-kind = tipo desconhecido “{ $kind }”
import-digits = os dígitos não podem ser { $digits }
import-period-too-long = o período é longo demais
import-damaged = entrada danificada: { $why }
import-item = item { $number }
import-entry = entrada { $number }
import-line = linha { $number }
import-row = linha { $number }
import-an-entry = uma entrada
import-missing-field = o arquivo não tem “{ $field }”
import-missing-list = não há lista “{ $field }”
import-no-key-slots = o cofre criptografado não tem espaços de chave legíveis
import-no-nonce = o cofre criptografado não tem nonce e tag
import-too-many-slots = este cofre tem { $slots } espaços de senha; o Sesame tenta no máximo { $max }
import-field-not-base64 = “{ $field }” não é Base64
import-does-not-decrypt = os dados não se decifram com a chave do arquivo: o arquivo está danificado
import-decrypted-not-json = os dados decifrados estão danificados ({ $why })
import-expected-list = esperava-se uma lista de entradas
import-too-short = o arquivo é curto demais para ser um backup criptografado
import-cut-short = o backup criptografado está cortado
import-not-export = não é uma exportação do { $app } ({ $why })
import-not-csv = não é um arquivo CSV ({ $why })
import-bad-nonce = o nonce não é um cabeçalho secretstream
import-not-json = não é JSON válido ({ $why })
import-not-sesame = não é um backup do Sesame
import-newer-backup = este backup é da versão { $version }, gravado por um Sesame mais novo: atualize o Sesame para lê-lo
import-not-argon2id = { $algorithm }, quando o Sesame grava argon2id
import-costly-memory = este arquivo pede { $asked } de memória para abrir; o Sesame recusa mais de { $max }
import-costly-passes = este arquivo pede { $passes } passagens sobre { $memory } para abrir, muito mais do que o { $app } grava; o Sesame recusa mais de { $max } no total
import-costly-scrypt = este arquivo pede scrypt com { $parameters } para abrir, { $times }× o que o Aegis grava; o Sesame recusa mais de 8×
import-costly-pbkdf2 = este arquivo pede { $iterations } iterações de PBKDF2 para abrir, muito mais do que o { $app } grava; o Sesame recusa mais de { $max }
entry-undecryptable = não pode ser decifrada: está danificada ou veio de outro perfil
quick-copied = Copiado
quick-typed = Digitado
quick-clears = { $what }; a área de transferência será limpa em { $seconds } s
quick-copied-instead = { $why }, então o código foi copiado
quick-no-target = O Sesame não sabe em qual janela digitar
quick-typing-failed = não foi possível digitar
quick-cannot-focus = O Sesame não consegue devolver o foco àquela janela
quick-lost-keyboard = “{ $window }” não está mais com o teclado
quick-cannot-type = este sistema não deixa o Sesame digitar em outras janelas
quick-keys-refused = este sistema recusou as teclas
tray-copy = Copiar { $name }
tray-open = Abrir o Sesame
tray-quick-copy = Cópia rápida…
tray-lock = Bloquear
tray-quit = Sair

## The desktop file (packaging/sesame.desktop; tests/packaging.rs keeps it equal to these)

desktop-generic-name = Autenticador
desktop-comment = Códigos de dois fatores no seu computador
desktop-keywords = 2FA;dois fatores;autenticador;OTP;TOTP;código;login;
desktop-quick-copy = Cópia rápida

## Errors and notices of Rust's core: their English is Rust's own (the CLI's words)

core-as-is = { $message }
core-file-empty = o arquivo está vazio
core-uri-empty = o link está vazio
core-uri-not-a-uri = não é um link: esperado otpauth://TIPO/RÓTULO?secret=…
core-uri-scheme = não é um link otpauth: o esquema é “{ $scheme }”
core-uri-migration = este link otpauth-migration traz um lote de contas, não uma só
core-uri-missing-type = falta o tipo de código: esperado otpauth://totp/, otpauth://hotp/ ou otpauth://steam/
core-uri-type = tipo de código “{ $type }” não suportado: o Sesame lê totp, hotp e steam
core-uri-label-encoding = o rótulo não é UTF-8 válido depois de decodificado
core-uri-duplicate = o parâmetro “{ $parameter }” aparece mais de uma vez
core-uri-missing-secret = falta o parâmetro secret
core-uri-empty-secret = o segredo está vazio
core-uri-secret-symbol = o segredo não é Base32 válido: “{ $found }” inesperado na posição { $position }
core-uri-secret-length = o segredo não é Base32 válido: { $count } caracteres não formam bytes inteiros
core-uri-algorithm = algoritmo desconhecido “{ $algorithm }”
core-uri-not-a-number = { $name } precisa ser um número inteiro, não “{ $value }”
core-uri-steam-hotp = os códigos Steam são por tempo: encoder=steam não vale para um link hotp
core-param-digits = os dígitos devem ficar entre { $min } e { $max }, não { $digits }
core-param-period = o período deve ficar entre 1 e { $max } segundos, não { $period }
core-param-steam = os códigos Steam sempre usam SHA1 e 5 caracteres
core-migration-scheme = não é um link otpauth-migration: o esquema é “{ $scheme }”
core-migration-missing-data = o link otpauth-migration não tem o parâmetro data
core-migration-base64 = os dados de migração não são Base64 válido
core-migration-protobuf = os dados de migração não são uma exportação do Google Authenticator: { $why }
core-migration-empty = o lote de migração não tem contas
core-migration-batch-index = a parte { $index } está fora de um lote de { $size }
core-migration-batch-too-large = esta exportação diz ter { $count } QR codes; o Sesame lê exportações de no máximo { $max }
core-migration-entry = conta { $position } do lote ({ $label }): { $reason }
core-qr-too-large = o arquivo tem mais de { $mib } MiB
core-qr-unknown-format = não é uma imagem que o Sesame consiga ler (PNG, JPEG, WebP, GIF ou BMP)
core-qr-dimensions = a imagem é grande demais para ler: no máximo { $side } pixels de lado, { $megapixels } megapixels e { $alloc } MiB descompactada
core-qr-damaged = a imagem está danificada ou cortada: { $why }
core-vault-data-dir = não é possível usar a pasta de dados { $path }: { $reason }
core-vault-not-a-database = { $path } não é um banco de dados do Sesame ({ $why }); ele não foi alterado
core-vault-damaged = o banco de dados { $path } está danificado ({ $why }); ele não foi alterado
core-vault-newer-schema = o banco de dados { $path } foi gravado por um Sesame mais novo (esquema { $schema }); atualize o Sesame
core-vault-disk-full = o disco está cheio: nada foi gravado
core-vault-read-only = a pasta de dados é somente leitura: nada foi gravado
core-vault-busy = o banco de dados está ocupado (outro Sesame está gravando); tente de novo
core-vault-database = erro no banco de dados: { $why }
core-vault-no-profile = não há perfil chamado “{ $profile }”
core-vault-profile-exists = já existe um perfil chamado “{ $profile }”
core-vault-invalid-name = nomes de perfil têm de 1 a 64 caracteres, sem caracteres de controle
core-vault-wrong-password = senha errada para o perfil { $profile }
core-vault-locked = o perfil { $profile } está bloqueado
core-vault-wrong-recovery-key = chave de recuperação errada para o perfil { $profile }
core-vault-no-password = o perfil { $profile } não tem senha
core-vault-no-password-to-remove = o perfil { $profile } não tem senha para remover
core-vault-no-recovery-key = o perfil { $profile } não tem chave de recuperação
core-vault-no-keyring-key = o perfil { $profile } não tem chave no chaveiro
core-vault-keyring-unavailable = o perfil { $profile } é protegido pelo chaveiro, mas { $why }; desbloqueie com a senha ou a chave de recuperação
core-vault-key-missing = a chave do perfil { $profile } não está no chaveiro (ou o chaveiro está bloqueado); desbloqueie com a senha ou a chave de recuperação
core-vault-damaged-slot = uma chave do perfil { $profile } está danificada
core-vault-damaged-settings = as configurações do perfil { $profile } estão danificadas; configure os backups automáticos de novo
core-vault-last-slot = isso deixaria o perfil { $profile } sem nenhuma forma de desbloqueio
core-vault-no-entry = não há entrada com id { $id } neste perfil
core-vault-integrity = o registro de integridade do perfil { $profile } está danificado ou é mais antigo do que este computador lembra, então o Sesame não sabe se entradas foram apagadas ou revertidas; confira as contas e confirme para começar um novo registro
core-sync-not-enabled = o perfil { $profile } não sincroniza: configure primeiro (sync enable, ou Configurações no aplicativo)
core-sync-already-enabled = o perfil { $profile } já sincroniza com { $location }; desative a sincronização para usar outro lugar
core-sync-wrong-passphrase = frase de sincronização errada: nada foi lido nem gravado
core-sync-unreachable = não foi possível acessar { $location } ({ $why }); nada foi perdido, e a próxima sincronização tentará de novo
core-sync-webdav-refused = o servidor WebDAV em { $url } recusou o usuário ou a senha
core-sync-set-missing = { $location } não contém mais o conjunto de sincronização deste perfil; nada foi alterado aqui (se a pasta mudou de lugar, desative a sincronização e configure-a no novo lugar)
core-sync-bad-set = o sesame-sync.json do conjunto de sincronização não pode ser usado: { $why }; nada foi alterado
core-sync-integrity = a verificação de integridade do perfil { $profile } encontrou problemas: resolva-os antes de sincronizar, para que não se espalhem pelos outros dispositivos
core-mirror-folder = não foi possível ler a pasta { $dir }: { $why }
core-mirror-format = um espelho acompanha os backups automáticos de { $formats }; “{ $format }” não é um deles
core-mirror-already = { $dir } já é acompanhada
core-mirror-not-followed = { $dir } não é acompanhada
core-mirror-backup = não foi possível ler o backup { $file }: { $why }
core-vault-recovery-format = a chave de recuperação não é válida: { $why }
core-settings-clipboard = a área de transferência pode ser limpa após 0 (nunca) a 600 segundos
core-settings-show-next = o próximo código pode aparecer nos últimos 0 (nunca) a 30 segundos
core-settings-auto-lock = o bloqueio automático pode ser após 0 (nunca) a 1440 minutos
core-settings-time-offset = a correção de horário pode ser de no máximo uma hora para qualquer lado (3600 segundos)
core-settings-shortcut = o atalho da cópia rápida é longo demais
core-settings-language = o Sesame não tem catálogo para o idioma “{ $language }”
core-settings-write = não foi possível salvar as configurações: { $why }
core-import-too-large = o arquivo tem mais de { $mib } MiB, o máximo para uma exportação
core-import-unknown-format = não é uma exportação que o Sesame conheça: esperado um destes: { $formats }
core-import-not-this-format = não é { $app }: { $reason }
core-import-needs-password = esta exportação do { $app } é criptografada: a senha dela é necessária
core-import-wrong-password = senha errada
core-import-parameters = os parâmetros de criptografia do arquivo estão fora do permitido: { $why }
core-import-summary =
    { $written ->
        [yes] Importadas: { $new }
       *[no] Seriam importadas: { $new }
    }{ $duplicates ->
        [0] {""}
       *[other] , duplicadas ignoradas: { $duplicates }
    }{ $failed ->
        [0] {""}
       *[other] , { $failed } não puderam ser importadas: { $errors }
    }
core-export-empty = não há nada para exportar
core-export-needs-password = o formato { $format } é criptografado: é preciso uma senha
core-export-one-entry = o formato qr guarda uma só conta: escolha com --entry
core-export-nothing-fits = nenhuma conta cabe no formato { $format }: { $why }
core-export-kdf = a derivação da chave falhou: { $why }
core-weak-password-first-guesses = esta senha é fácil demais de adivinhar (estaria entre os primeiros palpites): { $why }
core-weak-password-minutes = esta senha é fácil demais de adivinhar (um computador a descobriria em minutos): { $why }
core-keyring-no-service = não há serviço de chaveiro disponível ({ $why })
core-keyring-locked = o chaveiro está bloqueado ou recusou o acesso; desbloqueie e tente de novo
core-keyring-failed = o chaveiro falhou: { $why }
core-icon = não é possível usar esta imagem como ícone: { $why }
core-capture-clipboard = não foi possível ler a área de transferência: { $why }
core-capture-no-image = a área de transferência não tem imagem
core-capture-screen = não foi possível capturar a tela: { $why }
core-scan-missing-batches =
    { $several ->
        [yes] esta exportação do Google Authenticator tem { $size } QR codes e faltam os códigos { $missing }: adicione-os também, senão as contas deles ficam de fora
       *[no] esta exportação do Google Authenticator tem { $size } QR codes e falta o código { $missing }: adicione-o também, senão as contas dele ficam de fora
    }
core-advice-straight-rows = Fileiras seguidas de teclas são fáceis de adivinhar.
core-advice-short-patterns = Padrões curtos de teclado são fáceis de adivinhar.
core-advice-repeats-aaa = Repetições como “aaa” são fáceis de adivinhar.
core-advice-repeats-abcabc = Repetições como “abcabcabc” são só um pouco mais difíceis de adivinhar que “abc”.
core-advice-top-10 = Esta é uma das 10 senhas mais comuns.
core-advice-top-100 = Esta é uma das 100 senhas mais comuns.
core-advice-common = Esta é uma senha muito comum.
core-advice-similar = Esta senha parece uma senha muito usada.
core-advice-sequences = Sequências como abc ou 6543 são fáceis de adivinhar.
core-advice-recent-years = Anos recentes são fáceis de adivinhar.
core-advice-one-word = Uma palavra sozinha é fácil de adivinhar.
core-advice-dates = Datas costumam ser fáceis de adivinhar.
core-advice-names = Nomes e sobrenomes sozinhos são fáceis de adivinhar.
core-advice-common-names = Nomes e sobrenomes comuns são fáceis de adivinhar.
core-advice-few-words = Use algumas palavras e evite frases feitas.
core-advice-no-symbols-needed = Não precisa de símbolos, números ou maiúsculas.
core-advice-another-word = Acrescente mais uma ou duas palavras. Palavras incomuns são melhores.
core-advice-capitals = Letras maiúsculas não ajudam muito.
core-advice-all-capitals = Tudo em maiúsculas é quase tão fácil de adivinhar quanto tudo em minúsculas.
core-advice-reversed = Palavras ao contrário não são muito mais difíceis de adivinhar.
core-advice-substitutions = Trocas previsíveis, como “@” no lugar de “a”, não ajudam muito.
core-advice-longer-pattern = Use um padrão de teclado mais longo e com mais curvas.
core-advice-avoid-repeats = Evite repetir palavras e caracteres.
core-advice-avoid-sequences = Evite sequências.
core-advice-avoid-recent-years = Evite anos recentes.
core-advice-avoid-your-years = Evite anos ligados a você.
core-advice-avoid-your-dates = Evite datas e anos ligados a você.
