#!/usr/bin/env python3
"""Reads an export Sesame wrote, the way the other app would, with no Sesame code: 2FAS (plain
and encrypted: PBKDF2-SHA256 + AES-GCM, from 2FAS's BackupCipher), Ente Auth's text export,
Bitwarden's JSON and KeePassXC's .kdbx (pykeepass). Prints the accounts as JSON, one object
each: kind, issuer, name, secret (Base32), algorithm, digits, period, counter, group, note,
favorite (null where the format has no such field).

usage: read.py FORMAT FILE [PASSWORD]
"""
import base64, json, sys
from urllib.parse import parse_qs, unquote, urlparse

# 2FAS's BackupContent.Reference: what an encrypted backup's "reference" must decrypt to.
REFERENCE = ("tRViSsLKzd86Hprh4ceC2OP7xazn4rrt4xhfEUbOjxLX8Rc3mkISXE0lWbmnWfggogbBJhtYgpK6fMl1D6mtsy92R3Hk"
             "dGfwuXbzLebqVFJsR7IZ2w58t938iymwG4824igYy1wi6n2WDpO1Q1P69zwJGs2F5a1qP4MyIiDSD7NCV2OvidXQCBnD"
             "lGfmz0f1BQySRkkt4ryiJeCjD2o4QsveJ9uDBUn8ELyOrESv5R5DMDkD4iAF8TXU7KyoJujd")


def account(kind, issuer, name, secret, algorithm="SHA1", digits=6, period=30, counter=None,
            group=None, note=None, favorite=None):
    secret = secret.upper().replace(" ", "").rstrip("=")
    base64.b32decode(secret + "=" * (-len(secret) % 8))  # must be Base32
    kind = kind.lower()
    return {"kind": kind, "issuer": issuer, "name": name, "secret": secret,
            "algorithm": algorithm.upper(), "digits": int(digits),
            "period": int(period) if kind != "hotp" else None,
            "counter": int(counter) if kind == "hotp" else None,
            "group": group, "note": note, "favorite": favorite}


def uri(text, **extra):
    """An otpauth URI as the Key Uri Format defines it; encoder=steam as KeePassXC writes it."""
    u = urlparse(text)
    assert u.scheme == "otpauth", text
    q = {k: v[0] for k, v in parse_qs(u.query).items()}
    label = unquote(u.path.lstrip("/"))
    issuer, _, name = label.partition(":") if ":" in label else ("", "", label)
    kind = "steam" if q.get("encoder") == "steam" else u.netloc
    digits = 5 if kind == "steam" else q.get("digits", 6)
    return account(kind, q.get("issuer", issuer), name.strip(), q["secret"], q.get("algorithm", "SHA1"),
                   digits, q.get("period", 30), q.get("counter"), **extra)


def twofas(path, password):
    data = json.load(open(path))
    assert data["schemaVersion"] == 4
    services = data["services"]
    if data.get("reference"):
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

        def open_field(field):
            sealed, salt, iv = (base64.b64decode(p) for p in field.split(":"))
            assert len(salt) == 256 and len(iv) == 12
            key = PBKDF2HMAC(hashes.SHA256(), 32, salt, 10000).derive(password.encode())
            return AESGCM(key).decrypt(iv, sealed, None)

        assert open_field(data["reference"]).decode() == REFERENCE
        services = json.loads(open_field(data["servicesEncrypted"]))
    groups = {g["id"]: g["name"] for g in data.get("groups", [])}
    out = []
    for s in sorted(services, key=lambda s: s["order"]["position"]):
        o = s["otp"]
        out.append(account(o["tokenType"], s["name"], o.get("account", ""), s["secret"], o["algorithm"],
                           o["digits"], o["period"], o["counter"], group=groups.get(s.get("groupId"), "")))
    return out


def ente(path, _):
    out = []
    for line in open(path).read().splitlines():
        if line.strip():
            display = json.loads(parse_qs(urlparse(line).query)["codeDisplay"][0])
            out.append(uri(line, group=(display["tags"] or [""])[0], note=display.get("note", ""),
                           favorite=display["pinned"]))
    return out


def bitwarden(path, _):
    data = json.load(open(path))
    assert data["encrypted"] is False
    folders = {f["id"]: f["name"] for f in data["folders"]}
    out = []
    for item in data["items"]:
        totp, extra = item["login"]["totp"], dict(group=folders.get(item["folderId"], ""),
                                                  note=item["notes"] or "", favorite=item["favorite"])
        if totp.startswith("steam://"):
            out.append(account("steam", item["name"], item["login"]["username"], totp[8:], digits=5, **extra))
        else:
            out.append(uri(totp, **extra))
    return out


def keepassxc(path, password):
    from pykeepass import PyKeePass
    db = PyKeePass(path, password=password)
    assert db.version == (4, 0) or db.version[0] == 4, db.version
    out = []
    for e in db.entries:
        group = "" if e.group == db.root_group else e.group.name
        a = uri(e.otp, group=group, note=e.notes or "")
        assert a["issuer"] == e.title and a["name"] == (e.username or ""), (a, e.title, e.username)
        out.append(a)
    return out


if __name__ == "__main__":
    fmt, path = sys.argv[1], sys.argv[2]
    password = sys.argv[3] if len(sys.argv) > 3 else None
    read = {"2fas": twofas, "2fas-encrypted": twofas, "ente": ente, "bitwarden": bitwarden,
            "keepassxc": keepassxc}[fmt]
    print(json.dumps(read(path, password)))
