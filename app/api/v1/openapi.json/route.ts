import type { NextRequest } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";
import { apiJson, corsPreflight } from "@/lib/http/conditional";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of the public endpoints (lib/api/openapi.ts). */
export function GET(request: NextRequest) {
  return apiJson(request, openApiDocument(request.nextUrl.origin));
}

export function OPTIONS() {
  return corsPreflight();
}
