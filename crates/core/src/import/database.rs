//! Authenticators' own SQLite databases, copied from a phone (root needed): Google
//! Authenticator's `databases/databases`, Microsoft Authenticator's `databases/PhoneFactor` and
//! Authenticator Pro's `authenticator.db3`. The file is opened in memory, read-only, and only
//! real tables are read (a hostile file's views or triggers never run).

use super::{item, label, Fields, Format, Item, Read};
use crate::account::{EntryMeta, Secret};
use rusqlite::{Connection, OpenFlags, MAIN_DB};
use std::collections::HashMap;

pub const MAGIC: &[u8] = b"SQLite format 3\0";
/// More rows than any phone holds: the rest are not read.
const MAX_ROWS: usize = 10_000;

fn open(bytes: &[u8]) -> Result<Connection, String> {
    let fail = |e: rusqlite::Error| {
        crate::i18n::say("import-not-database", &[("why", e.to_string().into())])
    };
    let mut db = Connection::open_with_flags(
        ":memory:",
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(fail)?;
    // A database left in WAL mode (bytes 18 and 19 are 2) cannot be opened from memory: its
    // log is not here anyway, so it is read as a rollback-journal database.
    let header = match bytes.get(18..20) {
        Some([2, 2]) => &[1u8, 1][..],
        Some(h) => h,
        None => &[],
    };
    let (start, rest) = (
        &bytes[..bytes.len().min(18)],
        bytes.get(20..).unwrap_or_default(),
    );
    db.deserialize_read_exact(
        MAIN_DB,
        std::io::Read::chain(std::io::Read::chain(start, header), rest),
        bytes.len(),
        true,
    )
    .map_err(fail)?;
    db.pragma_update(None, "trusted_schema", "OFF")
        .map_err(fail)?;
    Ok(db)
}

/// The columns of a real table (not a view), or none.
fn columns(db: &Connection, table: &str) -> Vec<String> {
    let is_table = db
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get::<_, i64>(0),
        )
        .unwrap_or(0)
        == 1;
    if !is_table {
        return Vec::new();
    }
    db.prepare("SELECT name FROM pragma_table_info(?1)")
        .and_then(|mut s| {
            s.query_map([table], |r| r.get::<_, String>(0))?
                .collect::<Result<Vec<_>, _>>()
        })
        .unwrap_or_default()
}

/// Which app's database this is, from its tables.
pub fn detect(bytes: &[u8]) -> Option<Format> {
    let db = open(bytes).ok()?;
    let accounts = columns(&db, "accounts");
    let has = |c: &str| accounts.iter().any(|a| a == c);
    if has("email") && has("secret") {
        Some(Format::GoogleAuthenticatorDb)
    } else if has("oath_secret_key") {
        Some(Format::MicrosoftAuthenticator)
    } else if columns(&db, "authenticator").iter().any(|c| c == "secret") {
        Some(Format::Stratum)
    } else {
        None
    }
}

type Row = HashMap<String, rusqlite::types::Value>;

fn rows(db: &Connection, table: &str) -> Result<Vec<Row>, String> {
    let names = columns(db, table);
    if names.is_empty() {
        return Err(crate::i18n::say(
            "import-missing-list",
            &[("field", table.into())],
        ));
    }
    let fail = |e: rusqlite::Error| {
        crate::i18n::say("import-not-database", &[("why", e.to_string().into())])
    };
    let mut statement = db
        .prepare(&format!("SELECT * FROM \"{table}\" LIMIT {MAX_ROWS}"))
        .map_err(fail)?;
    let rows = statement
        .query_map([], |r| {
            names
                .iter()
                .enumerate()
                .map(|(i, n)| Ok((n.clone(), r.get::<_, rusqlite::types::Value>(i)?)))
                .collect::<Result<Row, _>>()
        })
        .map_err(fail)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(fail);
    rows
}

fn text(row: &Row, column: &str) -> String {
    use rusqlite::types::Value as V;
    match row.get(column) {
        Some(V::Text(t)) => t.clone(),
        Some(V::Integer(i)) => i.to_string(),
        _ => String::new(),
    }
}

fn int(row: &Row, column: &str) -> Option<i64> {
    match row.get(column) {
        Some(rusqlite::types::Value::Integer(i)) => Some(*i),
        _ => None,
    }
}

pub fn read(bytes: &[u8], format: Format) -> Result<Read, String> {
    let db = open(bytes)?;
    let items = match format {
        Format::GoogleAuthenticatorDb => rows(&db, "accounts")?.iter().map(google).collect(),
        Format::MicrosoftAuthenticator => rows(&db, "accounts")?.iter().map(microsoft).collect(),
        _ => stratum(&db)?,
    };
    Ok((items, Vec::new()))
}

fn only_secret(mut item: Item) -> Item {
    item.warnings
        .push(crate::i18n::say("import-only-secret", &[]));
    item
}

/// `email` is the label ("Issuer:account" when the issuer came in the label); `type` 0 is TOTP
/// and 1 HOTP; Google Authenticator uses SHA-1, 6 digits and 30 seconds for every account.
fn google(row: &Row) -> Item {
    let issuer = text(row, "issuer");
    let email = text(row, "email");
    let name = email
        .strip_prefix(&format!("{issuer}:"))
        .unwrap_or(&email)
        .trim()
        .to_owned();
    let kind = if int(row, "type") == Some(1) {
        "hotp"
    } else {
        "totp"
    };
    let account = Fields {
        kind,
        issuer: &issuer,
        name: &name,
        secret: &text(row, "secret"),
        algorithm: None,
        digits: None,
        period: None,
        counter: int(row, "counter"),
    }
    .account();
    only_secret(item(label(&issuer, &name), account, EntryMeta::default()))
}

/// `account_type` 0 is a TOTP account of another site (Base32, 6 digits); 1 is a Microsoft
/// account (Base64, 8 digits); 2 is Azure AD push sign-in, which has no code.
fn microsoft(row: &Row) -> Item {
    let issuer = text(row, "name");
    let name = text(row, "username");
    let secret = text(row, "oath_secret_key");
    let fields = |digits| Fields {
        kind: "totp",
        issuer: &issuer,
        name: &name,
        secret: &secret,
        algorithm: None,
        digits: Some(digits),
        period: None,
        counter: None,
    };
    let account = match int(row, "account_type") {
        Some(0) => fields(6).account(),
        Some(1) => super::cipher::base64(&secret)
            .ok_or_else(|| {
                crate::i18n::say(
                    "import-field-not-base64",
                    &[("field", "oath_secret_key".into())],
                )
            })
            .and_then(|bytes| fields(8).build(Secret::new(bytes))),
        _ => Err(crate::i18n::say("import-microsoft-push", &[])),
    };
    let mut item = item(label(&issuer, &name), account, EntryMeta::default());
    item.warnings.push(crate::i18n::say(
        "import-sha1-30-assumed",
        &[("app", "Microsoft Authenticator".into())],
    ));
    item
}

/// Authenticator Pro's tables mirror its backup's JSON (stratum.rs): the same numbers, the
/// same categories.
fn stratum(db: &Connection) -> Result<Vec<Item>, String> {
    let category_names: HashMap<String, String> = rows(db, "category")
        .unwrap_or_default()
        .iter()
        .map(|r| (text(r, "id"), text(r, "name")))
        .collect();
    let groups: HashMap<String, String> = rows(db, "authenticatorcategory")
        .unwrap_or_default()
        .iter()
        .filter_map(|r| {
            Some((
                text(r, "authenticatorSecret"),
                category_names.get(&text(r, "categoryId"))?.clone(),
            ))
        })
        .collect();
    Ok(rows(db, "authenticator")?
        .iter()
        .map(|r| {
            let secret = text(r, "secret");
            super::stratum::authenticator(
                super::stratum::Authenticator {
                    kind: int(r, "type").unwrap_or(0),
                    issuer: text(r, "issuer"),
                    username: Some(text(r, "username")),
                    secret: secret.clone(),
                    algorithm: int(r, "algorithm"),
                    digits: int(r, "digits"),
                    period: int(r, "period"),
                    counter: int(r, "counter"),
                },
                groups.get(&secret).cloned().unwrap_or_default(),
            )
        })
        .collect())
}
