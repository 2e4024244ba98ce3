//! Blobs as files of a directory, by the SHA-256 of their bytes (`blobs/ab/abcdef...`), the
//! default on one machine. A blob is written to a temporary file beside its final name
//! (`blobs/ab/.abcdef....tmp`), synced, and renamed into place, so a blob that exists is whole;
//! writing the same bytes twice writes nothing the second time. Temporary files left by an
//! interrupted write are not blobs: they are skipped, and replaced by the next write of the same
//! bytes.

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::sha256_hex;
use crate::StoreError;

/// The blobs of a directory (a data directory's `blobs/`). Its methods block: [`super::Blobs`]
/// calls them off the async workers.
#[derive(Debug, Clone)]
pub struct DirBlobs {
    root: PathBuf,
}

impl DirBlobs {
    pub fn new(root: impl Into<PathBuf>) -> DirBlobs {
        DirBlobs { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
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
        write_durably(&path, bytes)?;
        Ok((sha, true))
    }

    /// Store bytes taking the same steps whether or not the store holds them already (written
    /// under a temporary name, flushed, renamed into place, the directory flushed), so that how
    /// long it takes says nothing of what the store holds: for uploads, whose sender may not
    /// learn whether a hidden document has the same file. The same bytes replace themselves.
    pub fn put_alike(&self, bytes: &[u8]) -> Result<String, StoreError> {
        let sha = sha256_hex(bytes);
        write_durably(&self.path(&sha)?, bytes)?;
        Ok(sha)
    }

    /// Store many blobs, whose SHA-256 (as [`sha256_hex`] makes it) the caller has computed,
    /// with two flushes of the file system in all (on Linux, `syncfs`), rather than two per
    /// file: every new file is written under a temporary name beside its final one (a rename
    /// within one directory; a temporary directory shared by all made every create slower), the
    /// file system is flushed, the files are renamed into place, and it is flushed again. A
    /// crash leaves temporary files or whole blobs, never a blob with part of its bytes. Returns
    /// each blob's SHA-256 and whether it was new, in order.
    pub fn put_many_hashed(
        &self,
        items: &[(&[u8], String)],
    ) -> Result<Vec<(String, bool)>, StoreError> {
        #[cfg(not(target_os = "linux"))]
        {
            items.iter().map(|(b, _)| self.put(b)).collect()
        }
        #[cfg(target_os = "linux")]
        {
            let mut out = Vec::with_capacity(items.len());
            let mut new: Vec<(&[u8], PathBuf)> = Vec::new();
            let mut seen = std::collections::HashSet::new();
            for (bytes, sha) in items {
                let sha = sha.clone();
                let path = self.path(&sha)?;
                let fresh = !path.is_file() && seen.insert(sha.clone());
                if fresh {
                    new.push((*bytes, path));
                }
                out.push((sha, fresh));
            }
            // Creating files is mostly the kernel's work, and it runs on every core.
            let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
            let chunk = new.len().div_ceil(threads).max(1);
            // Each thread's files, written whole, or its error after it removed the files it
            // made (a disk that filled up mid-batch leaves nothing half-written).
            let parts: Vec<Result<Vec<(PathBuf, PathBuf)>, StoreError>> =
                std::thread::scope(|scope| {
                    let handles: Vec<_> = new
                        .chunks(chunk)
                        .map(|part| scope.spawn(move || write_part(part)))
                        .collect();
                    handles
                        .into_iter()
                        .map(|h| h.join().expect("writing files does not panic"))
                        .collect()
                });
            if let Some(failed) = parts.iter().position(Result::is_err) {
                // The other threads' files go too: only those this call made.
                for part in parts.iter().flatten() {
                    for (tmp, _) in part {
                        let _ = std::fs::remove_file(tmp);
                    }
                }
                return Err(parts
                    .into_iter()
                    .nth(failed)
                    .expect("found above")
                    .expect_err("found above"));
            }
            let pending: Vec<(PathBuf, PathBuf)> = parts.into_iter().flatten().flatten().collect();
            if pending.is_empty() {
                return Ok(out);
            }
            let settled = (|| -> Result<(), StoreError> {
                let root = std::fs::File::open(&self.root)?;
                rustix::fs::syncfs(&root).map_err(std::io::Error::from)?;
                for (tmp, path) in &pending {
                    std::fs::rename(tmp, path)?;
                }
                rustix::fs::syncfs(&root).map_err(std::io::Error::from)?;
                Ok(())
            })();
            if let Err(e) = settled {
                for (tmp, _) in &pending {
                    let _ = std::fs::remove_file(tmp);
                }
                return Err(e);
            }
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
                if name.starts_with('.') {
                    continue; // an interrupted write's temporary file
                }
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

    /// Whether a blob's bytes still hash to its name (read a piece at a time).
    pub fn verify(&self, sha256: &str) -> Result<bool, StoreError> {
        let mut f = std::fs::File::open(self.path(sha256)?)?;
        let mut hash = Sha256::new();
        std::io::copy(&mut f, &mut hash)?;
        Ok(super::hex(&hash.finalize()) == sha256)
    }
}

/// A file's bytes in chunks of 64 KiB, for sending.
pub(super) fn chunks(file: tokio::fs::File) -> super::ByteStream {
    use tokio::io::AsyncReadExt;
    Box::pin(futures_util::stream::try_unfold(
        file,
        |mut file| async move {
            let mut buf = bytes::BytesMut::with_capacity(64 * 1024);
            let n = file.read_buf(&mut buf).await?;
            Ok((n > 0).then(|| (buf.freeze(), file)))
        },
    ))
}

/// Write the new files of a batch under their temporary names: each temporary file and its
/// final path. On failure, the temporary files it made are removed (the one that failed too).
#[cfg(target_os = "linux")]
fn write_part(part: &[(&[u8], PathBuf)]) -> Result<Vec<(PathBuf, PathBuf)>, StoreError> {
    let mut made: Vec<(PathBuf, PathBuf)> = Vec::with_capacity(part.len());
    for (bytes, path) in part {
        let tmp = temporary(path);
        let written = match write_new(&tmp, bytes) {
            Err(StoreError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir_all(path.parent().expect("a blob path has a directory"))
                    .map_err(StoreError::from)
                    .and_then(|()| write_new(&tmp, bytes))
            }
            r => r,
        };
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            for (made, _) in &made {
                let _ = std::fs::remove_file(made);
            }
            return Err(e);
        }
        made.push((tmp, path.clone()));
    }
    Ok(made)
}

/// Write a file durably: under a temporary name beside it, flushed, renamed into place, the
/// directory flushed (a crash leaves the old file or the new one, never part of one).
fn write_durably(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path.parent().expect("a blob path has a directory");
    std::fs::create_dir_all(dir)?;
    let tmp = temporary(path);
    let written = write_new(&tmp, bytes)
        .and_then(|f| Ok(f.sync_all()?))
        .and_then(|()| Ok(std::fs::rename(&tmp, path)?));
    if written.is_err() {
        // A disk that filled up leaves no part of a file behind.
        let _ = std::fs::remove_file(&tmp);
    }
    written?;
    sync_dir(dir)
}

/// The temporary name a blob is written under before it is renamed into place.
fn temporary(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .expect("a blob path has a name")
        .to_string_lossy();
    path.with_file_name(format!(".{name}.tmp"))
}

/// Write bytes to a new file at `tmp`, replacing a leftover of an interrupted write.
fn write_new(tmp: &Path, bytes: &[u8]) -> Result<std::fs::File, StoreError> {
    let open = || {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(tmp)
    };
    let mut f = match open() {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            std::fs::remove_file(tmp)?;
            open()?
        }
        r => r?,
    };
    f.write_all(bytes)?;
    Ok(f)
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
        let b = DirBlobs::new(tmp.path());
        let (sha, new) = b.put(b"Bali Process").unwrap();
        assert!(new);
        assert_eq!(sha, sha256_hex(b"Bali Process"));
        assert_eq!(b.put(b"Bali Process").unwrap(), (sha.clone(), false));
        assert_eq!(b.read(&sha).unwrap(), b"Bali Process");
        assert_eq!(b.list().unwrap(), vec![sha.clone()]);
        assert!(b.verify(&sha).unwrap());
        assert!(b.path("../../etc/passwd").is_err());
        // An interrupted write's temporary file is no blob, and the next write replaces it.
        let other = sha256_hex(b"Puebla Process");
        let dir = tmp.path().join(&other[..2]);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!(".{other}.tmp")), b"Pueb").unwrap();
        assert_eq!(b.list().unwrap(), vec![sha.clone()]);
        let stored = b
            .put_many_hashed(&[
                (b"Puebla Process", other.clone()),
                (b"Bali Process", sha.clone()),
            ])
            .unwrap();
        assert_eq!(stored, vec![(other.clone(), true), (sha.clone(), false)]);
        assert_eq!(b.read(&other).unwrap(), b"Puebla Process");
        assert!(!dir.join(format!(".{other}.tmp")).exists());
        b.remove(&other).unwrap();
        b.remove(&sha).unwrap();
        assert!(!b.contains(&sha));
    }

    #[cfg(unix)]
    #[test]
    fn a_blob_stored_alike_takes_the_same_steps_when_it_is_there_already() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().unwrap();
        let b = DirBlobs::new(tmp.path());
        let sha = b.put_alike(b"Colombo Process").unwrap();
        assert_eq!(sha, sha256_hex(b"Colombo Process"));
        let first = std::fs::metadata(b.path(&sha).unwrap()).unwrap().ino();
        // Written again (a new file renamed into place), not skipped: the same work either way.
        assert_eq!(b.put_alike(b"Colombo Process").unwrap(), sha);
        let second = std::fs::metadata(b.path(&sha).unwrap()).unwrap().ino();
        assert_ne!(first, second);
        assert_eq!(b.read(&sha).unwrap(), b"Colombo Process");
        assert!(b.verify(&sha).unwrap());
        assert_eq!(b.list().unwrap(), vec![sha]);
    }
}
