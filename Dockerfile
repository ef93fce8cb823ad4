# Builds and runs party care. Used by docker-compose.yml; needs no local Java or Maven.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --create-home care
USER care
WORKDIR /app
COPY --from=build /src/care-web/target/care-web-*.jar /app/party-care.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/party-care.jar"]
