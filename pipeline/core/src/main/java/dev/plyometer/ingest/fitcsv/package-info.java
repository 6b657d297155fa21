/** Garmin FitCSVTool's CSV (message rows and the {@code --data} table): CSV carrying FIT messages. */
package dev.plyometer.ingest.fitcsv;
