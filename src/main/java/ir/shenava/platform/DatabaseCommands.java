package ir.shenava.platform;

import ir.shenava.platform.database.DatabaseCommand;

/**
 * The command-line modes of {@code shenava.jar}: {@code backup FILE} and {@code restore FILE}
 * run instead of the application (see {@link DatabaseCommand}).
 */
public final class DatabaseCommands {

    private DatabaseCommands() {
    }

    public static boolean asked(String[] args) {
        return args.length > 0 && DatabaseCommand.COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        return DatabaseCommand.run(args, System.out);
    }
}
