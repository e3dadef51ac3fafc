global using GraphQL;
global using Microsoft.AspNetCore.Http;
