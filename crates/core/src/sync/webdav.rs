//! A WebDAV collection as a sync location (Nextcloud, ownCloud, any WebDAV server): PROPFIND to
//! list, GET, and PUT to a temporary name then MOVE over the old file, so a reader never sees
//! half a file. TLS is the system's, with its trusted certificates.

use super::store::{Listed, Store, MAX_FILE};
use super::SyncError;
use base64::Engine as _;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::io::Read;
use std::time::Duration;
use zeroize::Zeroizing;

/// Characters a file name keeps unescaped in a URL path.
const NAME: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

const LIST_BODY: &str = r#"<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/><d:getcontentlength/><d:getlastmodified/></d:prop></d:propfind>"#;

pub struct WebDav {
    /// The collection's URL, ending in '/'.
    base: String,
    auth: Option<Zeroizing<String>>,
    agent: ureq::Agent,
}

impl WebDav {
    pub fn new(url: &str, user: Option<&str>, password: Option<&str>) -> Result<Self, SyncError> {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            return Err(SyncError::Invalid(format!(
                "{url} is not a WebDAV address: it starts with https:// (or http:// on your own network)"
            )));
        }
        let base = if url.ends_with('/') {
            url.to_owned()
        } else {
            format!("{url}/")
        };
        let auth = user.map(|u| {
            let pair = Zeroizing::new(format!("{u}:{}", password.unwrap_or("")));
            Zeroizing::new(format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(pair.as_bytes())
            ))
        });
        let tls = native_tls::TlsConnector::new().map_err(|e| SyncError::Unreachable {
            location: base.clone(),
            why: format!("the system's TLS cannot be used: {e}"),
        })?;
        let agent = ureq::AgentBuilder::new()
            .tls_connector(std::sync::Arc::new(tls))
            .timeout_connect(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .redirects(0)
            .build();
        Ok(WebDav { base, auth, agent })
    }

    fn url(&self, name: &str) -> String {
        format!("{}{}", self.base, utf8_percent_encode(name, NAME))
    }

    fn request(&self, method: &str, url: &str) -> ureq::Request {
        let r = self.agent.request(method, url);
        match &self.auth {
            Some(a) => r.set("Authorization", a),
            None => r,
        }
    }

    fn failed(&self, e: ureq::Error) -> SyncError {
        let location = self.base.clone();
        match e {
            ureq::Error::Status(401 | 403, _) => SyncError::WebDavRefused(location),
            ureq::Error::Status(507, _) => SyncError::Unreachable {
                location,
                why: "the server has no space left".into(),
            },
            ureq::Error::Status(code, r) => SyncError::Unreachable {
                location,
                why: format!("the server answered {code} {}", r.status_text()),
            },
            ureq::Error::Transport(t) => SyncError::Unreachable {
                location,
                why: t.to_string(),
            },
        }
    }

    fn propfind(&self, url: &str, depth: &str) -> Result<Option<Vec<Listed>>, SyncError> {
        let response = match self
            .request("PROPFIND", url)
            .set("Depth", depth)
            .set("Content-Type", "application/xml; charset=utf-8")
            .send_string(LIST_BODY)
        {
            Ok(r) => r,
            Err(ureq::Error::Status(404, _)) => return Ok(None),
            Err(e) => return Err(self.failed(e)),
        };
        let mut body = String::new();
        response
            .into_reader()
            .take(MAX_FILE)
            .read_to_string(&mut body)
            .map_err(|e| self.failed(ureq::Error::from(e)))?;
        parse_multistatus(&body)
            .map(Some)
            .map_err(|why| SyncError::Unreachable {
                location: self.base.clone(),
                why: format!("the server's listing is not WebDAV ({why})"),
            })
    }
}

/// Files of a PROPFIND answer (collections left out), named by their last path segment.
fn parse_multistatus(body: &str) -> Result<Vec<Listed>, String> {
    let doc = roxmltree::Document::parse(body).map_err(|e| e.to_string())?;
    let dav = |n: &roxmltree::Node, name: &str| {
        n.descendants()
            .find(|d| d.tag_name().name() == name && d.tag_name().namespace() == Some("DAV:"))
            .and_then(|d| d.text())
            .map(str::trim)
            .unwrap_or("")
            .to_owned()
    };
    let mut out = Vec::new();
    for response in doc
        .descendants()
        .filter(|n| n.tag_name().name() == "response" && n.tag_name().namespace() == Some("DAV:"))
    {
        let collection = response
            .descendants()
            .any(|n| n.tag_name().name() == "collection");
        let href = dav(&response, "href");
        let path = href.trim_end_matches('/');
        let name = path.rsplit('/').next().unwrap_or("");
        let name = percent_decode_str(name).decode_utf8_lossy().into_owned();
        if collection || name.is_empty() {
            continue;
        }
        let etag = dav(&response, "getetag");
        let tag = if etag.is_empty() {
            format!(
                "{}-{}",
                dav(&response, "getcontentlength"),
                dav(&response, "getlastmodified")
            )
        } else {
            etag
        };
        out.push(Listed { name, tag });
    }
    Ok(out)
}

impl Store for WebDav {
    fn prepare(&self) -> Result<(), SyncError> {
        if self.propfind(&self.base, "0")?.is_some() {
            return Ok(());
        }
        match self.request("MKCOL", &self.base).call() {
            Ok(_) | Err(ureq::Error::Status(405, _)) => Ok(()),
            Err(e) => Err(self.failed(e)),
        }
    }

    fn list(&self) -> Result<Vec<Listed>, SyncError> {
        self.propfind(&self.base, "1")?
            .ok_or_else(|| SyncError::Unreachable {
                location: self.base.clone(),
                why: "the folder is not on the server".into(),
            })
    }

    fn read(&self, name: &str) -> Result<Option<Vec<u8>>, SyncError> {
        let response = match self.request("GET", &self.url(name)).call() {
            Ok(r) => r,
            Err(ureq::Error::Status(404, _)) => return Ok(None),
            Err(e) => return Err(self.failed(e)),
        };
        let mut bytes = Vec::new();
        response
            .into_reader()
            .take(MAX_FILE + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| self.failed(ureq::Error::from(e)))?;
        Ok(Some(bytes))
    }

    fn write(&self, name: &str, bytes: &[u8]) -> Result<String, SyncError> {
        let staged = self.url(&format!(
            ".sesame-{}.tmp",
            hex::encode(crate::crypto::random_bytes::<6>())
        ));
        self.request("PUT", &staged)
            .send_bytes(bytes)
            .map_err(|e| self.failed(e))?;
        let target = self.url(name);
        if let Err(e) = self
            .request("MOVE", &staged)
            .set("Destination", &target)
            .set("Overwrite", "T")
            .call()
        {
            let _ = self.request("DELETE", &staged).call();
            return Err(self.failed(e));
        }
        let listed = self.propfind(&target, "0")?.unwrap_or_default();
        Ok(listed.into_iter().next().map(|l| l.tag).unwrap_or_default())
    }

    fn create(&self, name: &str, bytes: &[u8]) -> Result<bool, SyncError> {
        match self
            .request("PUT", &self.url(name))
            .set("If-None-Match", "*")
            .send_bytes(bytes)
        {
            Ok(_) => Ok(true),
            Err(ureq::Error::Status(412, _)) => Ok(false),
            Err(e) => Err(self.failed(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_names_files_and_leaves_out_the_collection() {
        let body = r#"<?xml version="1.0"?><D:multistatus xmlns:D="DAV:">
          <D:response><D:href>/dav/sesame/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop></D:propstat></D:response>
          <D:response><D:href>/dav/sesame/device-ab.sesame</D:href><D:propstat><D:prop><D:resourcetype/><D:getetag>"e1"</D:getetag></D:prop></D:propstat></D:response>
          <D:response><D:href>/dav/sesame/device-ab%20(conflicted%20copy).sesame</D:href><D:propstat><D:prop><D:getcontentlength>12</D:getcontentlength><D:getlastmodified>Fri</D:getlastmodified></D:prop></D:propstat></D:response>
        </D:multistatus>"#;
        let listed = parse_multistatus(body).unwrap();
        assert_eq!(
            listed,
            vec![
                Listed {
                    name: "device-ab.sesame".into(),
                    tag: "\"e1\"".into()
                },
                Listed {
                    name: "device-ab (conflicted copy).sesame".into(),
                    tag: "12-Fri".into()
                },
            ]
        );
    }
}
