# syntax=docker/dockerfile:1
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN mvn -B -q dependency:go-offline
COPY src src
COPY db db
COPY frontend frontend
RUN mvn -B package -DskipTests

FROM eclipse-temurin:25-jre
RUN groupadd --system plumbline && useradd --system --gid plumbline --home /app plumbline \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/plumbline.jar /app/plumbline.jar
USER plumbline
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.awt.headless=true"
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/plumbline.jar"]
