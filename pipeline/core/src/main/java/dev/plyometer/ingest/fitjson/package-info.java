/** FIT-derived JSON (Garmin's JS SDK, fit-file-parser, fitparse, fitdecode), read with Jackson's streaming parser. */
package dev.plyometer.ingest.fitjson;
