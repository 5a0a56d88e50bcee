package ir.shenava.platform.database;

import java.nio.file.Path;

/** A second Shenava on the same data directory would corrupt it; stop with a message a person can act on. */
class DataDirectoryInUseException extends IllegalStateException {

    DataDirectoryInUseException(Path dataDir) {
        super("Another Shenava is already running on the data directory " + dataDir
                + ". Stop it first, or start this one with another directory (SHENAVA_DATA_DIR)."
                + " / شنوای دیگری با همین پوشه داده در حال اجراست.");
    }
}
