# syntax=docker/dockerfile:1
# Multi-stage build: restore (cached while project files are unchanged) → publish → small runtime image.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from the project files alone, so source edits do not invalidate the package layer. Each project the
# server references is copied to its own folder; a new project needs a line here.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/CrmGraph.Domain/CrmGraph.Domain.csproj src/CrmGraph.Domain/
COPY src/CrmGraph.Data/CrmGraph.Data.csproj src/CrmGraph.Data/
COPY src/CrmGraph.Application/CrmGraph.Application.csproj src/CrmGraph.Application/
COPY src/CrmGraph.GraphQL.AspNetCore/CrmGraph.GraphQL.AspNetCore.csproj src/CrmGraph.GraphQL.AspNetCore/
COPY src/CrmGraph.GraphQL/CrmGraph.GraphQL.csproj src/CrmGraph.GraphQL/
COPY src/CrmGraph.Identity/CrmGraph.Identity.csproj src/CrmGraph.Identity/
COPY src/CrmGraph.Server/CrmGraph.Server.csproj src/CrmGraph.Server/
RUN dotnet restore src/CrmGraph.Server/CrmGraph.Server.csproj

COPY src/ src/
# The known documents partner portals may run by id; published next to the server.
COPY schema/persisted/ schema/persisted/
RUN dotnet publish src/CrmGraph.Server/CrmGraph.Server.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./

# The SQLite file (the embedded default) and the sign-in cookie keys live in a volume owned by the
# unprivileged user. Outside Development the OAuth keys must be given, e.g. as mounted secrets:
# Auth__SigningKeyFile=/run/secrets/signing-key.pem and Auth__EncryptionKeyFile=/run/secrets/encryption-key.pem,
# and the public address as Auth__Issuer=https://crm.example.com/ (required outside Development).
# Behind a TLS-terminating proxy set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true so the OAuth endpoints see HTTPS.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DataFolder=/data
RUN mkdir -p /data && chown app:app /data
VOLUME ["/data"]

# No HEALTHCHECK: the aspnet image has neither curl nor wget. Orchestrators probe over HTTP instead:
# liveness GET /health/live (never asks the database), readiness GET /health/ready (database, and Redis when
# configured; 503 while one is down). On SIGTERM in-flight requests get shutdownTimeoutSeconds (30 by default) to
# finish and subscriptions are closed with 1001, so give the container a longer stop grace period
# (docker run --stop-timeout 35, Kubernetes terminationGracePeriodSeconds) or lower shutdownTimeoutSeconds.
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "CrmGraph.Server.dll"]
