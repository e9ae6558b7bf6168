# The engine's HTTP server, for docker-compose.yml. It needs DATABASE_URL (the
# embedded PostgreSQL of engine/pglocal is for machines without Docker) and
# the ApiSchema files mounted at /apischema.
FROM golang:1.26 AS build
WORKDIR /src
# Modules first, so that editing code does not invalidate the download layer.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/engine ./engine/cmd/engine

# Static binary: no libc, no shell, runs as an unprivileged user.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/engine /usr/local/bin/engine
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/engine"]
CMD ["serve", "--addr", "0.0.0.0:8080", "--schema", "/apischema/ed-fi-ds-5.1-core.json"]
