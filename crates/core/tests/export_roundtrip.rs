//! Every export format read back by Sesame's importers gives identical accounts (HOTP
//! counters, and groups and notes where the format holds them), and says what it left out.

use sesame_core::export::{self, ExportFormat};
use sesame_core::import::{self, Format};
use sesame_core::vault::EntryMeta;
use sesame_core::{uri, Account};

fn accounts() -> Vec<(Account, EntryMeta)> {
    let lines = [
        "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno",
        "otpauth://totp/SPDX:James?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&issuer=SPDX&algorithm=SHA256&digits=7&period=20",
        "otpauth://totp/Airbnb:Elijah?secret=7ELGJSGXNCCTV3O6LKJWYFV2RA&issuer=Airbnb&algorithm=SHA512&digits=8",
        "otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&counter=1",
        "otpauth://hotp/WWE:Mason?secret=5VAML3X35THCEBVRLV24CGBKOY&issuer=WWE&algorithm=SHA512&digits=8&counter=10300",
        "otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Boeing",
    ];
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let meta = EntryMeta {
                note: if i == 0 {
                    "recovery codes in the safe".into()
                } else {
                    String::new()
                },
                group: if i < 3 { "Work".into() } else { String::new() },
                favorite: i == 1,
                ..EntryMeta::default()
            };
            (uri::parse(l).unwrap().account, meta)
        })
        .collect()
}

fn read_back(files: &[(String, Vec<u8>)], password: Option<&str>) -> Vec<(Account, EntryMeta)> {
    files
        .iter()
        .flat_map(|(_, bytes)| import::read(bytes, None, password).unwrap().items)
        .map(|item| {
            let e = item.entry.unwrap();
            (e.account, e.meta)
        })
        .collect()
}

#[test]
fn every_format_reads_back_identically() {
    let all = accounts();
    let refs: Vec<(&Account, &EntryMeta)> = all.iter().map(|(a, m)| (a, m)).collect();
    let just = |v: &[(Account, EntryMeta)]| v.iter().map(|(a, _)| a.clone()).collect::<Vec<_>>();
    for (format, password, keeps_meta) in [
        (ExportFormat::Sesame, Some("backup pw"), true),
        (ExportFormat::Aegis, None, true),
        (ExportFormat::AegisEncrypted, Some("aegis pw"), true),
        (ExportFormat::Uris, None, false),
    ] {
        let out = export::export(format, &refs, password).unwrap();
        assert!(out.left_out.is_empty(), "{format:?}");
        assert_eq!(import::detect(&out.files[0].1), Some(import_format(format)));
        let back = read_back(&out.files, password);
        assert_eq!(just(&back), just(&all), "{format:?}");
        if keeps_meta {
            assert_eq!(back, all, "{format:?}: notes, groups, favourites");
        } else {
            assert_eq!(
                out.warnings,
                ["the uris format does not keep notes, groups, favourites"]
            );
        }
    }
}

fn import_format(format: ExportFormat) -> Format {
    match format {
        ExportFormat::Sesame => Format::Sesame,
        ExportFormat::Aegis | ExportFormat::AegisEncrypted => Format::Aegis,
        ExportFormat::TwoFas | ExportFormat::TwoFasEncrypted => Format::TwoFas,
        ExportFormat::Ente => Format::Ente,
        ExportFormat::Bitwarden => Format::Bitwarden,
        ExportFormat::KeePassXc => Format::KeePass,
        ExportFormat::Uris | ExportFormat::Qr | ExportFormat::GoogleQr => Format::Uris,
    }
}

/// Each format keeps what it can hold and names the rest: 2FAS keeps groups, not notes or
/// favourites; Ente keeps all three in its `codeDisplay`; Bitwarden keeps them but cannot make
/// HOTP codes.
#[test]
fn the_other_apps_formats_keep_what_they_can_hold() {
    let all = accounts();
    let refs: Vec<(&Account, &EntryMeta)> = all.iter().map(|(a, m)| (a, m)).collect();
    let only_groups: Vec<(Account, EntryMeta)> = all
        .iter()
        .map(|(a, m)| {
            let meta = EntryMeta {
                group: m.group.clone(),
                ..EntryMeta::default()
            };
            (a.clone(), meta)
        })
        .collect();
    for (format, password) in [
        (ExportFormat::TwoFas, None),
        (ExportFormat::TwoFasEncrypted, Some("2fas pw")),
    ] {
        let out = export::export(format, &refs, password).unwrap();
        assert_eq!(import::detect(&out.files[0].1), Some(Format::TwoFas));
        assert_eq!(read_back(&out.files, password), only_groups, "{format:?}");
        assert_eq!(
            out.warnings,
            [format!(
                "the {} format does not keep notes, favourites",
                format.name()
            )]
        );
    }
    let out = export::export(ExportFormat::Ente, &refs, None).unwrap();
    assert_eq!(import::detect(&out.files[0].1), Some(Format::Ente));
    assert_eq!(read_back(&out.files, None), all);
    assert!(out.warnings.is_empty() && out.left_out.is_empty());

    let out = export::export(ExportFormat::Bitwarden, &refs, None).unwrap();
    assert_eq!(import::detect(&out.files[0].1), Some(Format::Bitwarden));
    let totp_and_steam: Vec<(Account, EntryMeta)> = all
        .iter()
        .filter(|(a, _)| a.kind().name() != "hotp")
        .cloned()
        .collect();
    assert_eq!(read_back(&out.files, None), totp_and_steam);
    assert_eq!(
        out.left_out,
        [
            "Issuu: James: Bitwarden cannot hold HOTP accounts",
            "WWE: Mason: Bitwarden cannot hold HOTP accounts"
        ]
    );
}

/// KeePassXC keeps groups and notes, not favourites, and makes no HOTP codes.
#[test]
fn a_keepassxc_database_reads_back() {
    let all = accounts();
    let refs: Vec<(&Account, &EntryMeta)> = all.iter().map(|(a, m)| (a, m)).collect();
    let out = export::export(ExportFormat::KeePassXc, &refs, Some("kdbx pw")).unwrap();
    assert_eq!(import::detect(&out.files[0].1), Some(Format::KeePass));
    let held: Vec<(Account, EntryMeta)> = all
        .iter()
        .filter(|(a, _)| a.kind().name() != "hotp")
        .map(|(a, m)| {
            let meta = EntryMeta {
                favorite: false,
                ..m.clone()
            };
            (a.clone(), meta)
        })
        .collect();
    let mut back = read_back(&out.files, Some("kdbx pw"));
    // A database has no order of its own: compare as sets.
    let key = |(a, _): &(Account, EntryMeta)| a.label();
    back.sort_by_key(key);
    let mut held_sorted = held.clone();
    held_sorted.sort_by_key(key);
    assert_eq!(back, held_sorted);
    assert_eq!(
        out.left_out,
        [
            "Issuu: James: KeePassXC cannot hold HOTP accounts",
            "WWE: Mason: KeePassXC cannot hold HOTP accounts"
        ]
    );
    assert_eq!(
        out.warnings,
        ["the keepassxc format does not keep favourites"]
    );
}

#[test]
fn encrypted_exports_need_their_password() {
    let all = accounts();
    let refs: Vec<(&Account, &EntryMeta)> = all.iter().map(|(a, m)| (a, m)).collect();
    for format in [
        ExportFormat::Sesame,
        ExportFormat::AegisEncrypted,
        ExportFormat::TwoFasEncrypted,
        ExportFormat::KeePassXc,
    ] {
        assert_eq!(
            export::export(format, &refs, None).err(),
            Some(export::ExportError::NeedsPassword(format))
        );
        let out = export::export(format, &refs, Some("right")).unwrap();
        let bytes = &out.files[0].1;
        assert_eq!(
            import::read(bytes, None, Some("wrong")).err(),
            Some(import::ImportError::WrongPassword)
        );
        assert!(!String::from_utf8_lossy(bytes).contains("4SJHB4GSD43FZBAI7C2HLRJGPQ"));
    }
}

#[test]
fn google_qr_holds_what_google_can_and_lists_the_rest() {
    // 24 accounts Google can hold, plus two it cannot: 20 seconds and 7 digits, and Steam.
    let mut all = accounts();
    for i in 0..20 {
        let line = format!(
            "otpauth://totp/Shop{i}:me?secret=JBSWY3DPEHPK3PX{}&issuer=Shop{i}",
            (b'A' + i as u8 % 26) as char
        );
        all.push((uri::parse(&line).unwrap().account, EntryMeta::default()));
    }
    let refs: Vec<(&Account, &EntryMeta)> = all.iter().map(|(a, m)| (a, m)).collect();
    let out = export::export(ExportFormat::GoogleQr, &refs, None).unwrap();
    let names: Vec<&str> = out.files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "google-1-of-3.png",
            "google-2-of-3.png",
            "google-3-of-3.png"
        ]
    );
    assert_eq!(out.left_out.len(), 2, "{:?}", out.left_out);
    assert!(out.left_out.iter().any(|r| r.contains("SPDX")));
    assert!(out.left_out.iter().any(|r| r.contains("Boeing")));
    let back: Vec<Account> = out
        .files
        .iter()
        .flat_map(|(_, png)| {
            let imported = import::read(png, None, None).unwrap();
            assert_eq!(imported.format, Format::GoogleMigration);
            imported.items.into_iter().map(|i| i.entry.unwrap().account)
        })
        .collect();
    let fits: Vec<Account> = all
        .iter()
        .map(|(a, _)| a.clone())
        .filter(|a| !["SPDX", "Boeing"].contains(&a.issuer()))
        .collect();
    assert_eq!(back, fits);
}

#[test]
fn one_account_as_a_qr_code() {
    let all = accounts();
    let (a, m) = &all[4];
    let out = export::export(ExportFormat::Qr, &[(a, m)], None).unwrap();
    let back = read_back(&out.files, None);
    assert_eq!(back[0].0, *a, "the HOTP counter survives");
    let refs: Vec<(&Account, &EntryMeta)> = all.iter().map(|(a, m)| (a, m)).collect();
    assert_eq!(
        export::export(ExportFormat::Qr, &refs, None).err(),
        Some(export::ExportError::OneEntry)
    );
}
