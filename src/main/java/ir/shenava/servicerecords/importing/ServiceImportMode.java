package ir.shenava.servicerecords.importing;

/** ALL writes every row or nothing; VALID_ONLY skips the rows with errors, when the user says so explicitly. */
public enum ServiceImportMode { ALL, VALID_ONLY }
