//! `.br` (brotli 11) and `.gz` (gzip 9) copies beside each compressible file, for servers
//! that send precompressed files (nginx `gzip_static`/`brotli_static`, most CDNs).

use crate::{read_bytes, write, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

const COMPRESSIBLE: [&str; 8] = ["html", "js", "css", "wasm", "bin", "svg", "json", "txt"];

pub fn precompress(dir: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dir).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        let compressible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !compressible {
            continue;
        }
        precompress_file(&path)?;
    }
    Ok(())
}

/// Writes the `.br` and `.gz` copies of one file.
pub fn precompress_file(path: &Path) -> Result<()> {
    let bytes = read_bytes(path)?;
    write(&with_suffix(path, "br"), brotli_bytes(&bytes)?)?;
    write(&with_suffix(path, "gz"), gzip_bytes(&bytes)?)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

pub fn brotli_bytes(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 24,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).map_err(|e| e.to_string())?;
    Ok(out)
}

pub fn gzip_bytes(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}
