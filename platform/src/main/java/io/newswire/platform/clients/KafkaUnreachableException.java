package io.newswire.platform.clients;

/** No Kafka broker answered the start-up check in time: down, a wrong address, or a security protocol it does not speak. */
public class KafkaUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    KafkaUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
