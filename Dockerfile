# syntax=docker/dockerfile:1
# Portier in a container: node:20 on Debian bookworm, running as the unprivileged `node` user.
# Build:  docker build -t portier .      Run:  docker run -p 5005:5005 -e PORTIER_API_TOKEN=... portier
# docs/deploy.md explains the image, the compose file and the volumes.

# ---- build: compile native modules (better-sqlite3 needs a C++ toolchain) and train the model ----
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3=3.11.* make=4.3-* g++=4:12.2.* \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY src ./src
COPY actions ./actions
COPY prompts ./prompts
COPY data ./data
COPY config.yml domain.yml endpoints.yml credentials.example.yml tsconfig.json ./
# The model is trained once here, so a container starts serving at once.
RUN node bin/portier.mjs train --root /app

# ---- runtime: no compiler, only what a call needs (espeak-ng speaks, sox converts audio) ----
FROM node:20.20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=5005 \
    PORTIER_DATA_DIR=/var/lib/portier \
    LOG_FORMAT=json
RUN apt-get update \
 && apt-get install -y --no-install-recommends espeak-ng=1.51* sox=14.4.* bzip2=1.0.* \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /var/lib/portier \
 && chown node:node /var/lib/portier
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
VOLUME ["/var/lib/portier"]
EXPOSE 5005
# Node's own fetch, so the image needs no curl; /health answers 503 while a store is down.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||5005)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "bin/portier.mjs", "run", "--root", "/app"]
