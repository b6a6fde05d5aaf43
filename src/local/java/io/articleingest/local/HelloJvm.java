package io.articleingest.local;

/** The cold-start floor of floors: a JVM that starts, prints and exits ({@link ColdStart}'s variant (a)). */
public final class HelloJvm {

    private HelloJvm() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
