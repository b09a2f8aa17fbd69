package vn.valuechain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ValueChainOfficeApplication {

    public static void main(String[] args) {
        SpringApplication.run(ValueChainOfficeApplication.class, args);
    }
}
