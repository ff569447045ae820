#!/usr/bin/env python3
"""Writes a KDBX 4 database with pykeepass (no Sesame code), holding one-time codes in each way
KeePass's world stores them: KeePassXC's otpauth URI (Steam as encoder=steam), KeeOtp's
key=… form, KeeTrayTOTP's TOTP Seed/Settings, KeePass 2's own TimeOtp-*/HmacOtp-* fields; an
entry with no code; and a code in the recycle bin, which is deleted.

usage: write_kdbx.py FILE PASSWORD KEYFILE
"""
import sys
from pykeepass import create_database

path, password, keyfile = sys.argv[1:4]
db = create_database(path, password=password, keyfile=keyfile)
work = db.add_group(db.root_group, "Work")
e = db.add_entry(work, "Deno", "Mason", "")
e.otp = "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&period=30&digits=6&issuer=Deno"
e.notes = "recovery codes in the safe"
e = db.add_entry(db.root_group, "Boeing", "Sophia", "")
e.otp = "otpauth://totp/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&period=30&digits=5&issuer=Boeing&encoder=steam"
e = db.add_entry(db.root_group, "SPDX", "James", "")
e.otp = "key=5OM4WOOGPLQEF6UGN3CPEOOLWU&step=20&size=7&otpHashMode=Sha256"
e = db.add_entry(db.root_group, "Airbnb", "Elijah", "")
e.set_custom_property("TOTP Seed", "7ELGJSGXNCCTV3O6LKJWYFV2RA")
e.set_custom_property("TOTP Settings", "50;8")
e = db.add_entry(db.root_group, "Issuu", "James", "")
e.set_custom_property("HmacOtp-Secret-Base32", "YOOMIXWS5GN6RTBPUFFWKTW5M4")
e.set_custom_property("HmacOtp-Counter", "1")
e = db.add_entry(db.root_group, "WWE", "Mason", "")
e.set_custom_property("TimeOtp-Secret-Hex", "ed40c5eefbecce2206b15d75c1182a76")
e.set_custom_property("TimeOtp-Length", "8")
e.set_custom_property("TimeOtp-Algorithm", "HMAC-SHA-512")
db.add_entry(db.root_group, "Email", "me@example.org", "a password, no code")
gone = db.add_entry(db.root_group, "Deleted", "old", "")
gone.otp = "otpauth://totp/Deleted:old?secret=JBSWY3DPEHPK3PXP"
db.trash_entry(gone)
db.save()
