# syntax=docker/dockerfile:1
# One image for both processes: the API is the default CMD, the worker overrides it
# with `node dist/apps/worker/src/main.js`.

# Debian (glibc), never Alpine: @temporalio/core-bridge ships glibc-only native binaries.
# Node 24 LTS (Node 20 left maintenance in April 2026); the project also runs on Node >= 20.19 (package.json engines).
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS base
# argon2 compiles itself when its prebuilt binary does not load on the host CPU, so keep a toolchain here.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
# Node's bundled npm may be older than the one the lockfile is written with (npm 10 ignores "allowScripts"): pin it.
RUN npm install -g npm@11.19.1 && npm cache clean --force
WORKDIR /app
COPY package.json package-lock.json ./

# `npm install` follows the lock; `npm ci` refuses locks written on mirrors that lack other platforms' optional
# binaries (see scripts/lib/dependencies.mjs).
FROM base AS build
RUN --mount=type=cache,target=/root/.npm npm install --no-audit --no-fund
COPY . .
RUN npm run build

# Installed separately so no dev dependency or build leftover reaches the runtime image.
FROM base AS prod-deps
RUN --mount=type=cache,target=/root/.npm npm install --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Files stay root-owned: the app never writes to /app, so the `node` user cannot alter its own code.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
# Nest's shutdown hooks drain HTTP requests and the Temporal worker on SIGTERM.
STOPSIGNAL SIGTERM
# No HEALTHCHECK here: the worker has no HTTP port; compose checks the API on /health/ready.
CMD ["node", "dist/apps/api/src/main.js"]
