/** GET /api/v1/disputes (services/intake rest/dto/DisputePage.java). */
export interface DisputePage {
  items: DisputeSummary[]
  page: number
  size: number
  total: number
}

export interface DisputeSummary {
  id: string
  status: string
  category: string
  centerCode: string
  summary: string
  createdAt: string
}
