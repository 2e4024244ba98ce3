//! The blob store: files by the SHA-256 of their bytes under `blobs/` of the data directory
//! (`blobs/ab/abcdef...`). A blob is written to a temporary file, synced, and renamed into place,
//! so a blob that exists is whole; writing the same bytes twice writes nothing the second time.

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::StoreError;

/// The blob store of a data directory.
#[derive(Debug, Clone)]
pub struct Blobs {
    root: PathBuf,
}

/// The lower-case hex SHA-256 of bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Blobs {
    pub fn new(root: impl Into<PathBuf>) -> Blobs {
        Blobs { root: root.into() }
    }

    /// Where a blob lives. The name must be a SHA-256 (checked), never a path from outside.
    pub fn path(&self, sha256: &str) -> Result<PathBuf, StoreError> {
        if !agora_core::document::is_sha256(sha256) {
            return Err(StoreError::NotFound(format!("no blob '{sha256}'")));
        }
        Ok(self.root.join(&sha256[..2]).join(sha256))
    }

    pub fn contains(&self, sha256: &str) -> bool {
        self.path(sha256).is_ok_and(|p| p.is_file())
    }

    /// Store bytes; their SHA-256, and whether they were new.
    pub fn put(&self, bytes: &[u8]) -> Result<(String, bool), StoreError> {
        let sha = sha256_hex(bytes);
        let path = self.path(&sha)?;
        if path.is_file() {
            return Ok((sha, false));
        }
        let dir = path.parent().expect("a blob path has a directory");
        std::fs::create_dir_all(dir)?;
        let tmp_dir = self.root.join("tmp");
        std::fs::create_dir_all(&tmp_dir)?;
        let mut tmp = tempfile::NamedTempFile::new_in(&tmp_dir)?;
        tmp.write_all(bytes)?;
        tmp.as_file().sync_all()?;
        tmp.persist(&path).map_err(|e| StoreError::Io(e.error))?;
        sync_dir(dir)?;
        Ok((sha, true))
    }

    /// Store many blobs with two flushes of the file system in all (on Linux, `syncfs`), rather
    /// than two per file: every new file is written under a temporary name, the file system is
    /// flushed, the files are renamed into place, and it is flushed again. A crash leaves
    /// temporary files or whole blobs, never a blob with part of its bytes. Returns each blob's
    /// SHA-256 and whether it was new, in order.
    pub fn put_many(&self, items: &[&[u8]]) -> Result<Vec<(String, bool)>, StoreError> {
        #[cfg(not(target_os = "linux"))]
        {
            items.iter().map(|b| self.put(b)).collect()
        }
        #[cfg(target_os = "linux")]
        {
            let tmp_dir = self.root.join("tmp");
            std::fs::create_dir_all(&tmp_dir)?;
            let mut out = Vec::with_capacity(items.len());
            let mut pending: Vec<(tempfile::NamedTempFile, PathBuf)> = Vec::new();
            let mut seen = std::collections::HashSet::new();
            for bytes in items {
                let sha = sha256_hex(bytes);
                let path = self.path(&sha)?;
                if path.is_file() || !seen.insert(sha.clone()) {
                    out.push((sha, false));
                    continue;
                }
                let mut tmp = tempfile::NamedTempFile::new_in(&tmp_dir)?;
                tmp.write_all(bytes)?;
                pending.push((tmp, path));
                out.push((sha, true));
            }
            if pending.is_empty() {
                return Ok(out);
            }
            let root = std::fs::File::open(&self.root)?;
            rustix::fs::syncfs(&root).map_err(std::io::Error::from)?;
            for (tmp, path) in pending {
                std::fs::create_dir_all(path.parent().expect("a blob path has a directory"))?;
                tmp.persist(&path).map_err(|e| StoreError::Io(e.error))?;
            }
            rustix::fs::syncfs(&root).map_err(std::io::Error::from)?;
            Ok(out)
        }
    }

    pub fn read(&self, sha256: &str) -> Result<Vec<u8>, StoreError> {
        Ok(std::fs::read(self.path(sha256)?)?)
    }

    /// Every blob on disk, by name (temporary files of interrupted writes are not blobs).
    pub fn list(&self) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        let Ok(dirs) = std::fs::read_dir(&self.root) else {
            return Ok(out);
        };
        for d in dirs {
            let d = d?;
            if !d.file_type()?.is_dir() || d.file_name() == "tmp" {
                continue;
            }
            for f in std::fs::read_dir(d.path())? {
                let name = f?.file_name().to_string_lossy().into_owned();
                out.push(name);
            }
        }
        out.sort();
        Ok(out)
    }

    /// Remove a blob (one no document holds).
    pub fn remove(&self, sha256: &str) -> Result<(), StoreError> {
        std::fs::remove_file(self.path(sha256)?)?;
        Ok(())
    }

    /// Whether a blob's bytes still hash to its name.
    pub fn verify(&self, sha256: &str) -> Result<bool, StoreError> {
        Ok(sha256_hex(&self.read(sha256)?) == sha256)
    }
}

fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    // Makes the rename durable; directories cannot be opened for syncing everywhere.
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blobs_are_named_by_their_content_and_written_once() {
        let tmp = tempfile::tempdir().unwrap();
        let b = Blobs::new(tmp.path());
        let (sha, new) = b.put(b"Bali Process").unwrap();
        assert!(new);
        assert_eq!(sha, sha256_hex(b"Bali Process"));
        assert_eq!(b.put(b"Bali Process").unwrap(), (sha.clone(), false));
        assert_eq!(b.read(&sha).unwrap(), b"Bali Process");
        assert_eq!(b.list().unwrap(), vec![sha.clone()]);
        assert!(b.verify(&sha).unwrap());
        assert!(b.path("../../etc/passwd").is_err());
        b.remove(&sha).unwrap();
        assert!(!b.contains(&sha));
    }
}
