package ir.shenava;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class ShenavaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShenavaApplication.class, args);
    }
}
