package org.followthrough.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Followthrough: the follow-up after a job interview, done well. */
@SpringBootApplication(scanBasePackages = "org.followthrough")
@EnableScheduling
public class FollowthroughApplication {

    public static void main(String[] args) {
        SpringApplication.run(FollowthroughApplication.class, args);
    }
}
