package org.followthrough.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Followthrough: the follow-up after a job interview, done well. */
@SpringBootApplication(scanBasePackages = "org.followthrough")
public class FollowthroughApplication {

    public static void main(String[] args) {
        SpringApplication.run(FollowthroughApplication.class, args);
    }
}
