FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN NX_NO_CLOUD=true NX_DAEMON=false npm run build

# The development identity provider (docker-compose.yml): never part of the production image.
FROM build AS dev-idp
ENV DEV_IDP_HOST=0.0.0.0
EXPOSE 3100
CMD ["node", "tools/dev-idp/run.js"]

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
EXPOSE 3000
CMD ["node", "dist/apps/api/main.js"]
