# syntax=docker/dockerfile:1
# One image for both processes: the API is the default CMD, the worker overrides it
# with `node dist/apps/worker/src/main.js`.

# Debian (glibc), never Alpine: @temporalio/core-bridge ships glibc-only native binaries.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
# node:20 bundles npm 10, which ignores package.json "allowScripts"; use the npm the lockfile is written with.
RUN npm install -g npm@11.19.1 && npm cache clean --force
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS build
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

# Installed separately so no dev dependency or build leftover reaches the runtime image.
FROM base AS prod-deps
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

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
