package ir.shenava;

import ir.shenava.platform.DatabaseCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class ShenavaApplication {

    public static void main(String[] args) {
        if (DatabaseCommands.asked(args)) {
            // backup / restore: no web server, no jobs; only the database (see DatabaseCommands)
            System.exit(DatabaseCommands.run(args));
        }
        SpringApplication.run(ShenavaApplication.class, args);
    }
}
