//! The blob store of an installation: files under `blobs/` with SQLite, the database's tables
//! with PostgreSQL (so that every node has every file). The same behaviour on both.

use futures_util::StreamExt;

use super::{Backend, fresh_on};

conformance!(
    blobs_are_stored_once_whole_and_read_a_chunk_at_a_time,
    the_same_new_file_stored_by_two_writers_at_once_is_one_blob,
);

/// Bytes that are not the same from one chunk to the next (2.5 MiB: three database chunks).
fn large() -> Vec<u8> {
    (0..(5usize << 19))
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect()
}

async fn blobs_are_stored_once_whole_and_read_a_chunk_at_a_time(backend: Backend) {
    let Some((tmp, store)) = fresh_on(backend).await else {
        return;
    };
    let blobs = agora_store::DataDir::new(tmp.path()).blobs_of(store.as_ref());
    match backend {
        Backend::Sqlite => assert!(
            blobs.describe().contains("directory"),
            "{}",
            blobs.describe()
        ),
        Backend::Postgres => assert!(blobs.describe().contains("PostgreSQL")),
    }
    assert_eq!(blobs.list().await.unwrap(), Vec::<String>::new());

    let big = large();
    let (sha, new) = blobs.put(&big).await.unwrap();
    assert!(new);
    assert_eq!(sha, agora_store::sha256_hex(&big));
    assert_eq!(blobs.put(&big).await.unwrap(), (sha.clone(), false));
    assert_eq!(blobs.put_alike(&big).await.unwrap(), sha);
    assert_eq!(blobs.read(&sha).await.unwrap(), big);
    assert!(blobs.contains(&sha).await.unwrap());
    assert!(blobs.verify(&sha).await.unwrap());

    // Opened for sending: the size first, then the bytes in pieces of at most 1 MiB.
    let open = blobs.open(&sha).await.unwrap();
    assert_eq!(open.size, big.len() as u64);
    let pieces: Vec<bytes::Bytes> = open.bytes.map(|p| p.unwrap()).collect().await;
    assert!(pieces.len() >= 3, "{} pieces", pieces.len());
    assert!(pieces.iter().all(|p| !p.is_empty() && p.len() <= 1 << 20));
    assert_eq!(pieces.concat(), big);

    // Many at once, an empty file and a repeat among them.
    let stored = blobs
        .put_many(&[b"Puebla Process", b"", b"Puebla Process", &big])
        .await
        .unwrap();
    let puebla = agora_store::sha256_hex(b"Puebla Process");
    let empty = agora_store::sha256_hex(b"");
    assert_eq!(
        stored,
        vec![
            (puebla.clone(), true),
            (empty.clone(), true),
            (puebla.clone(), false),
            (sha.clone(), false)
        ]
    );
    assert_eq!(blobs.read(&empty).await.unwrap(), b"");
    assert_eq!(blobs.open(&empty).await.unwrap().size, 0);
    let mut all = vec![sha.clone(), puebla.clone(), empty.clone()];
    all.sort();
    assert_eq!(blobs.list().await.unwrap(), all);

    // A name that is not a SHA-256, or a blob that is not there: not found, never a path.
    for name in ["../../etc/passwd", &agora_store::sha256_hex(b"nothing")] {
        assert!(!blobs.contains(name).await.unwrap());
        assert!(matches!(
            blobs.open(name).await,
            Err(agora_store::StoreError::NotFound(_))
        ));
        assert!(blobs.read(name).await.is_err());
    }

    blobs.remove(&puebla).await.unwrap();
    assert!(!blobs.contains(&puebla).await.unwrap());
    assert_eq!(blobs.list().await.unwrap().len(), 2);
}

async fn the_same_new_file_stored_by_two_writers_at_once_is_one_blob(backend: Backend) {
    let Some((tmp, store)) = fresh_on(backend).await else {
        return;
    };
    let blobs = agora_store::DataDir::new(tmp.path()).blobs_of(store.as_ref());
    let big = std::sync::Arc::new(large());
    let writers: Vec<_> = (0..2)
        .map(|_| {
            let (blobs, big) = (blobs.clone(), big.clone());
            tokio::spawn(async move { blobs.put(&big).await.unwrap() })
        })
        .collect();
    let mut new = 0;
    for w in writers {
        let (sha, fresh) = w.await.unwrap();
        assert_eq!(sha, agora_store::sha256_hex(&big));
        new += usize::from(fresh);
    }
    assert!(new >= 1);
    let sha = agora_store::sha256_hex(&big);
    assert_eq!(blobs.list().await.unwrap(), vec![sha.clone()]);
    assert!(blobs.verify(&sha).await.unwrap());
    assert_eq!(blobs.read(&sha).await.unwrap(), *big);
}
