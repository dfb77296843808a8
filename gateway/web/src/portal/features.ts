import type { Feature } from '@shared/feature'
import admin from './admin'
import board from './board'
import caseFeature from './case'
import court from './court'
import inbox from './inbox'
import stats from './stats'

/** The portal's screens, in menu order. */
export const FEATURES: Feature[] = [inbox, caseFeature, board, stats, admin, court]
