# The sharechain binary (migrate, index, serve, keeper, device, audit) in a minimal image.
# deploy/compose.yaml builds it; the deployment manifest is mounted, never baked in.
#
#   docker build -t sharechain .
#   docker run --rm -v $PWD/deploy/deployments/31337.json:/etc/sharechain/manifest.json:ro \
#     -e DATABASE_URL=… sharechain serve
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# with cgo: go-ethereum's libsecp256k1 recovers a signature faster than its pure-Go
# fallback, and `sharechain telemetry` recovers one per reading (TOOLCHAIN.md: ~29 µs with
# cgo, its largest cost). The binary then needs glibc: the distroless base image has it.
RUN CGO_ENABLED=1 go build -trimpath -ldflags="-s -w" -o /out/sharechain ./cmd/sharechain

FROM gcr.io/distroless/base-debian12:nonroot
COPY --from=build /out/sharechain /usr/local/bin/sharechain
ENV MANIFEST=/etc/sharechain/manifest.json
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/sharechain"]
CMD ["serve"]
