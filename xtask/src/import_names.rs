//! Shortens the names of the wasm's imports from wasm-bindgen's JS glue.
//!
//! wasm-bindgen names every import `__wbg_<name>_<16 hex digits>`, and the name appears twice
//! in what a reader downloads: in the wasm's import section and as a key of the glue's import
//! object. The hex digits do not compress, so ~90 imports cost ~3 KB gzip. This renames each
//! to a short name (`a`, `b`, …) in both files. wasm-opt's own `--minify-imports` only
//! renames Emscripten's modules (`env`), and its `-and-modules` variant renames the exports as
//! well, which the glue calls by name.
//!
//! The glue must name each import exactly once, as an object key (`__wbg_…: function`), or
//! the rename stops with an error rather than ship a glue that no longer matches the wasm.

use crate::Result;

/// The module wasm-bindgen's `--target web` glue registers its imports under.
const GLUE_MODULE: &str = "./glue_bg.js";

/// Renames the glue's imports in `wasm` and in `glue` (the JS beside it) to short names.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String)> {
    let mut renames: Vec<(String, String)> = Vec::new();
    let wasm = rewrite_import_section(wasm, |module, name| {
        if module != GLUE_MODULE {
            return name.to_string();
        }
        let short = short_name(renames.len());
        renames.push((name.to_string(), short.clone()));
        short
    })?;
    let mut glue = glue.to_string();
    for (long, short) in &renames {
        let key = format!("{long}:");
        if glue.matches(long.as_str()).count() != 1 || glue.matches(&key).count() != 1 {
            return Err(format!(
                "the JS glue does not name the import {long} exactly once as an object key; \
                 has wasm-bindgen's output changed?"
            ));
        }
        glue = glue.replacen(&key, &format!("{short}:"), 1);
    }
    Ok((wasm, glue))
}

/// `a`…`z`, `A`…`Z`, then `ba`, `bb`, …: distinct for distinct `index`, and plain identifiers.
fn short_name(mut index: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[index % LETTERS.len()]);
        index /= LETTERS.len();
        if index == 0 {
            break;
        }
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// Copies `wasm`, giving each import the name `rename(module, name)` returns.
fn rewrite_import_section(
    wasm: &[u8],
    mut rename: impl FnMut(&str, &str) -> String,
) -> Result<Vec<u8>> {
    let header = wasm.get(..8).ok_or("the wasm is shorter than its header")?;
    if header != b"\0asm\x01\0\0\0" {
        return Err("not a version 1 wasm module".to_string());
    }
    let mut out = header.to_vec();
    let mut reader = Reader { bytes: wasm, at: 8 };
    while reader.at < wasm.len() {
        let id = reader.byte()?;
        let size = reader.leb()? as usize;
        let body = reader.take(size)?;
        if id != IMPORT_SECTION {
            out.push(id);
            write_leb(&mut out, size as u64);
            out.extend_from_slice(body);
            continue;
        }
        let mut section = Reader { bytes: body, at: 0 };
        let count = section.leb()?;
        let mut new_body = Vec::with_capacity(body.len());
        write_leb(&mut new_body, count);
        for _ in 0..count {
            let module = section.name()?;
            let name = section.name()?;
            let description = section.import_description()?;
            let new_name = rename(module, name);
            write_name(&mut new_body, module);
            write_name(&mut new_body, &new_name);
            new_body.extend_from_slice(description);
        }
        out.push(id);
        write_leb(&mut out, new_body.len() as u64);
        out.extend_from_slice(&new_body);
    }
    Ok(out)
}

const IMPORT_SECTION: u8 = 2;

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8> {
        let byte = *self.bytes.get(self.at).ok_or("the wasm ends early")?;
        self.at += 1;
        Ok(byte)
    }

    fn take(&mut self, len: usize) -> Result<&'a [u8]> {
        let end = self.at.checked_add(len).ok_or("a wasm length overflows")?;
        let bytes = self.bytes.get(self.at..end).ok_or("the wasm ends early")?;
        self.at = end;
        Ok(bytes)
    }

    /// An unsigned LEB128 number.
    fn leb(&mut self) -> Result<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err("a wasm number is too long".to_string())
    }

    fn name(&mut self) -> Result<&'a str> {
        let len = self.leb()? as usize;
        std::str::from_utf8(self.take(len)?).map_err(|_| "a wasm name is not UTF-8".to_string())
    }

    /// The bytes describing what an import is (function, table, memory, global or tag).
    fn import_description(&mut self) -> Result<&'a [u8]> {
        let start = self.at;
        match self.byte()? {
            0x00 => drop(self.leb()?), // function: type index
            0x01 => {
                self.byte()?; // table: element type, then limits
                self.limits()?;
            }
            0x02 => self.limits()?,      // memory
            0x03 => drop(self.take(2)?), // global: value type, mutability
            0x04 => {
                self.byte()?; // tag: attribute, then type index
                self.leb()?;
            }
            kind => return Err(format!("unknown wasm import kind {kind:#x}")),
        }
        Ok(&self.bytes[start..self.at])
    }

    fn limits(&mut self) -> Result {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 == 1 {
            self.leb()?;
        }
        Ok(())
    }
}

fn write_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn write_name(out: &mut Vec<u8>, name: &str) {
    write_leb(out, name.len() as u64);
    out.extend_from_slice(name.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two glue functions, a memory and a function from another module,
    /// with a code-free type section before and a custom section after.
    fn module() -> Vec<u8> {
        let mut imports = Vec::new();
        write_leb(&mut imports, 4);
        for (module, name, description) in [
            (
                GLUE_MODULE,
                "__wbg_call_fc92fee6137d452d",
                &[0x00, 0x00][..],
            ),
            ("env", "memory", &[0x02, 0x01, 0x01, 0x02][..]),
            (
                GLUE_MODULE,
                "__wbindgen_cast_0000000000000001",
                &[0x00, 0x00][..],
            ),
            ("other", "__wbg_keep_0000000000000000", &[0x00, 0x00][..]),
        ] {
            write_name(&mut imports, module);
            write_name(&mut imports, name);
            imports.extend_from_slice(description);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]); // type section: () -> ()
        wasm.push(IMPORT_SECTION);
        write_leb(&mut wasm, imports.len() as u64);
        wasm.extend_from_slice(&imports);
        wasm.extend_from_slice(&[0, 3, 1, b'x', 9]); // custom section "x"
        wasm
    }

    /// Each import's module and name.
    fn imports(wasm: &[u8]) -> Vec<(String, String)> {
        let mut found = Vec::new();
        rewrite_import_section(wasm, |module, name| {
            found.push((module.to_string(), name.to_string()));
            name.to_string()
        })
        .unwrap();
        found
    }

    const GLUE: &str = "const imports = { './glue_bg.js': {\n\
        __wbg_call_fc92fee6137d452d: function(a, b) { return a.call(b); },\n\
        __wbindgen_cast_0000000000000001: function(a) { return a; },\n} };";

    #[test]
    fn renames_the_glue_imports_in_both_files_and_nothing_else() {
        let (wasm, glue) = shorten(&module(), GLUE).unwrap();
        assert_eq!(
            imports(&wasm),
            [
                (GLUE_MODULE.to_string(), "a".to_string()),
                ("env".to_string(), "memory".to_string()),
                (GLUE_MODULE.to_string(), "b".to_string()),
                (
                    "other".to_string(),
                    "__wbg_keep_0000000000000000".to_string()
                ),
            ]
        );
        assert!(glue.contains("a: function(a, b) { return a.call(b); }"));
        assert!(glue.contains("b: function(a) { return a; }"));
        assert!(!glue.contains("__wb"));
        // The sections around the import section are copied as they were.
        assert!(wasm.starts_with(b"\0asm\x01\0\0\0\x01\x04\x01\x60\0\0\x02"));
        assert!(wasm.ends_with(&[0, 3, 1, b'x', 9]));
    }

    #[test]
    fn refuses_a_glue_that_does_not_name_an_import_once() {
        let missing = GLUE.replace("__wbindgen_cast_0000000000000001:", "cast:");
        assert!(shorten(&module(), &missing)
            .unwrap_err()
            .contains("__wbindgen_cast_0000000000000001"));
        let twice = format!("{GLUE} // __wbg_call_fc92fee6137d452d");
        assert!(shorten(&module(), &twice).is_err());
    }

    #[test]
    fn refuses_what_is_not_a_wasm_module() {
        assert!(shorten(b"\0asm\x02\0\0\0", GLUE).is_err());
        let mut cut = module();
        cut.truncate(cut.len() - 8);
        assert!(shorten(&cut, GLUE).is_err());
    }

    #[test]
    fn short_names_are_distinct_identifiers() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        let mut sorted = names.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len());
        assert_eq!((names[0].as_str(), names[51].as_str()), ("a", "Z"));
        assert_eq!(names[52], "ba");
        assert!(names
            .iter()
            .all(|name| name.bytes().all(|byte| byte.is_ascii_alphabetic())));
    }
}
