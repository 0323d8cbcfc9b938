/**
 * WARC and WARC.gz archives (read with jwarc): each HTML response or resource record becomes one
 * item, with the record's target URI, its date (used only when the page names no date of its own)
 * and its record id as {@code source_id}. The charset comes from the HTTP {@code Content-Type}
 * header, then the page. Other records (requests, metadata, images) are counted as skipped. A
 * truncated archive yields the records before the break and one problem at the break.
 */
package org.parallax.ingest.warc;
