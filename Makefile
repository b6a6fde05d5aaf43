# `sam build` (template.yaml: Metadata BuildMethod makefile) runs `make build-IngestFunction` in a copy of
# this folder, with ARTIFACTS_DIR set. The function is the shaded jar, in lib/, where the Lambda Java
# runtime puts jars on the classpath. MVN=true skips the Maven build when the jar is already built.
MVN ?= mvn
JAR := target/article-ingest.jar

.PHONY: build-IngestFunction
build-IngestFunction:
	$(MVN) -q -B -DskipTests package
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(JAR) "$(ARTIFACTS_DIR)/lib/"
