//! What Android apps leave on a phone: `SharedPreferences` XML files (FreeOTP, FreeOTP+, Authy,
//! TOTP Authenticator, Battle.net) and FreeOTP 2's Java-serialised `HashMap<String, String>`.
//! Both are read into (name, value) pairs in file order.

/// The `<string name="…">value</string>` entries of a `<map>` (other types hold no secrets).
pub fn preferences(text: &str) -> Result<Vec<(String, String)>, String> {
    let doc = roxmltree::Document::parse(text)
        .map_err(|e| crate::i18n::say("import-not-xml", &[("why", e.to_string().into())]))?;
    let root = doc.root_element();
    if root.tag_name().name() != "map" {
        return Err(crate::i18n::say("import-not-preferences", &[]));
    }
    Ok(root
        .children()
        .filter(|n| n.has_tag_name("string"))
        .filter_map(|n| {
            let name = n.attribute("name")?;
            Some((name.to_owned(), n.text().unwrap_or_default().to_owned()))
        })
        .collect())
}

/// Whether the text looks like a `SharedPreferences` file holding one of these names.
pub fn has_preference(text: &str, names: &[&str]) -> bool {
    text.trim_start().starts_with("<?xml")
        && text.contains("<map")
        && names.iter().any(|n| text.contains(&format!("name=\"{n}")))
}

/// The first bytes of Java's object serialisation (`ObjectOutputStream`): magic and version 5.
pub const JAVA_MAGIC: &[u8] = &[0xAC, 0xED, 0x00, 0x05];

/// A serialised `java.util.HashMap<String, String>`, as FreeOTP 2's backup writes it. Only
/// that shape is accepted: a class description of HashMap, its two fields, then the entries as
/// strings (or back-references to earlier strings).
pub fn java_string_map(bytes: &[u8]) -> Result<Vec<(String, String)>, String> {
    let damaged =
        |what: &str| crate::i18n::say("import-damaged", &[("why", what.to_owned().into())]);
    let mut r = Reader { bytes, at: 0 };
    if r.take(4) != Some(JAVA_MAGIC) {
        return Err(damaged("not a Java serialisation stream"));
    }
    const TC_NULL: u8 = 0x70;
    const TC_REFERENCE: u8 = 0x71;
    const TC_CLASSDESC: u8 = 0x72;
    const TC_OBJECT: u8 = 0x73;
    const TC_STRING: u8 = 0x74;
    const TC_BLOCKDATA: u8 = 0x77;
    const TC_ENDBLOCKDATA: u8 = 0x78;
    const TC_LONGSTRING: u8 = 0x7C;
    const BASE_HANDLE: u32 = 0x7E_0000;
    let header = (|| -> Option<u32> {
        (r.u8()? == TC_OBJECT && r.u8()? == TC_CLASSDESC).then_some(())?;
        let length = usize::from(r.u16()?);
        let class = r.take(length)?;
        (class == b"java.util.HashMap").then_some(())?;
        r.take(8 + 1)?; // serialVersionUID and flags
        for _ in 0..r.u16()? {
            let kind = r.u8()?;
            let name = usize::from(r.u16()?);
            r.take(name)?;
            // Primitive fields only: HashMap's are a float and an int.
            matches!(kind, b'F' | b'I').then_some(())?;
        }
        (r.u8()? == TC_ENDBLOCKDATA && r.u8()? == TC_NULL).then_some(())?;
        r.take(4 + 4)?; // loadFactor, threshold
        (r.u8()? == TC_BLOCKDATA && r.u8()? == 8).then_some(())?;
        r.take(4)?; // capacity
        r.u32()
    })()
    .ok_or_else(|| damaged("not a serialised HashMap"))?;
    // Handles 0 and 1 are the class description and the map; strings follow.
    let mut strings: Vec<String> = Vec::new();
    // Back-references copy earlier strings: the total is bounded as a file would be.
    let mut budget = super::MAX_FILE_BYTES;
    let mut string = |r: &mut Reader| -> Option<String> {
        let length = match r.u8()? {
            TC_STRING => usize::from(r.u16()?),
            TC_LONGSTRING => usize::try_from(r.u64()?).ok()?,
            TC_REFERENCE => {
                let handle = r.u32()?.checked_sub(BASE_HANDLE + 2)?;
                let text = strings.get(usize::try_from(handle).ok()?)?;
                budget = budget.checked_sub(text.len())?;
                return Some(text.clone());
            }
            _ => return None,
        };
        let text = cesu8::from_java_cesu8(r.take(length)?).ok()?.into_owned();
        strings.push(text.clone());
        Some(text)
    };
    let mut entries = Vec::new();
    for _ in 0..header {
        let (Some(key), Some(value)) = (string(&mut r), string(&mut r)) else {
            return Err(damaged("an entry of the map is not a string"));
        };
        entries.push((key, value));
    }
    Ok(entries)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let slice = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(slice)
    }
    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.array::<1>()?[0])
    }
    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_be_bytes(self.array()?))
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_be_bytes(self.array()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_be_bytes(self.array()?))
    }
}

/// A `HashMap<String, String>` as `ObjectOutputStream` writes it (for tests).
#[cfg(test)]
pub fn java_map(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut b = JAVA_MAGIC.to_vec();
    b.extend([0x73, 0x72, 0, 17]);
    b.extend(b"java.util.HashMap");
    b.extend([0x05, 0x07, 0xDA, 0xC1, 0xC3, 0x16, 0x60, 0xD1, 0x03, 0, 2]);
    b.extend([b'F', 0, 10]);
    b.extend(b"loadFactor");
    b.extend([b'I', 0, 9]);
    b.extend(b"threshold");
    b.extend([
        0x78, 0x70, 0x3F, 0x40, 0, 0, 0, 0, 0, 12, 0x77, 8, 0, 0, 0, 16,
    ]);
    b.extend((entries.len() as u32).to_be_bytes());
    for (k, v) in entries {
        for s in [k, v] {
            b.push(0x74);
            b.extend((s.len() as u16).to_be_bytes());
            b.extend(s.as_bytes());
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferences_keep_strings_in_order() {
        let xml = r#"<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<map><int name="n" value="1" /><string name="b">{&quot;x&quot;:1}</string><string name="a"></string></map>"#;
        assert_eq!(
            preferences(xml).unwrap(),
            vec![
                ("b".into(), r#"{"x":1}"#.into()),
                ("a".into(), String::new())
            ]
        );
        assert!(preferences("<other/>").is_err());
        assert!(preferences("<map>").is_err());
    }

    /// A map of two entries, the second value a back-reference to the first key, as
    /// `ObjectOutputStream` writes it.
    #[test]
    fn a_serialised_map_with_a_back_reference() {
        let mut b = java_map(&[("k1", "v1"), ("k2", "")]);
        // The last value: a back-reference to handle 2, the first string ("k1").
        b.truncate(b.len() - 3);
        b.extend([0x71, 0x00, 0x7E, 0x00, 0x02]);
        assert_eq!(
            java_string_map(&b).unwrap(),
            vec![("k1".into(), "v1".into()), ("k2".into(), "k1".into())]
        );
        for cut in 0..b.len() - 1 {
            assert!(java_string_map(&b[..cut]).is_err(), "cut at {cut}");
        }
    }
}
