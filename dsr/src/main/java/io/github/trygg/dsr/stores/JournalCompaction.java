package io.github.trygg.dsr.stores;

import org.apiguardian.api.API;

/**
 * What compacting a journal did: its size before and after, in bytes.
 *
 * @param bytesBefore the journal's size before compaction, in bytes
 * @param bytesAfter its size after, in bytes
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record JournalCompaction(long bytesBefore, long bytesAfter) {}
