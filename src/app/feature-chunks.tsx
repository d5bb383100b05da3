/**
 * The features the first frame does not need, each in a chunk of its own (lazy-feature.ts): the top bar's
 * dataset switcher, export, build report, import and new-map controls; the sidebar's panels but the filters;
 * the year legend, the ego banner, the rebuild's banner and Rankings over the canvas; the import and OpenAlex layers (dialogs);
 * and the details cards and sections that features add. They load once the first frame is drawn.
 * The composition roots (App.tsx, Details.tsx) mount these instead of importing the features.
 */
import { lazyFeature } from './lazy-feature';

const chain = () => import('./features/chain/PathPanel');
const communities = () => import('./features/communities/CommunitiesPanel');
const communityCard = () => import('./features/communities/CommunityCard');
const exportMenu = () => import('./features/export/ExportMenu');
const switcher = () => import('./features/import/DatasetSwitcher');
const importDialog = () => import('./features/import/ImportDialog');
const importLayer = () => import('./features/import/ImportLayer');
const report = () => import('./features/import/ReportPanel');
const egoBanner = () => import('./features/network/EgoBanner');
const egoSection = () => import('./features/network/EgoSection');
const network = () => import('./features/network/NetworkPanel');
const rankings = () => import('./features/network/RankingsPanel');
const newMapDialog = () => import('./features/openalex/NewMapDialog');
const newMapPanel = () => import('./features/openalex/NewMapPanel');
const openAlexLayer = () => import('./features/openalex/OpenAlexLayer');
const pair = () => import('./features/pair/PairPanel');
const time = () => import('./features/time/TimePanel');
const venues = () => import('./features/venues/VenuePanel');
const homonyms = () => import('./features/whoiswho/HomonymSection');
const synonyms = () => import('./features/whoiswho/SynonymSection');
const review = () => import('./features/whoiswho/ReviewPanel');
const rebuildBanner = () => import('./features/whoiswho/RebuildBanner');
const whoIsWho = () => import('./features/whoiswho/WhoIsWhoPanel');

export const PathPanel = lazyFeature(chain, (m) => m.PathPanel).Component;
export const ChainChip = lazyFeature(chain, (m) => m.ChainChip).Component;
export const CommunitiesPanel = lazyFeature(communities, (m) => m.CommunitiesPanel).Component;
export const CommunityCard = lazyFeature(communityCard, (m) => m.CommunityCard).Component;
export const ExportMenu = lazyFeature(exportMenu, (m) => m.ExportMenu).Component;
export const DatasetSwitcher = lazyFeature(switcher, (m) => m.DatasetSwitcher).Component;
export const ImportButton = lazyFeature(importDialog, (m) => m.ImportButton).Component;
export const ImportLayer = lazyFeature(importLayer, (m) => m.ImportLayer).Component;
export const ReportButton = lazyFeature(report, (m) => m.ReportButton).Component;
export const EgoBanner = lazyFeature(egoBanner, (m) => m.EgoBanner).Component;
export const EgoSection = lazyFeature(egoSection, (m) => m.EgoSection).Component;
export const NetworkPanel = lazyFeature(network, (m) => m.NetworkPanel).Component;
export const RankingsPanel = lazyFeature(rankings, (m) => m.RankingsPanel).Component;
export const NewMapButton = lazyFeature(newMapDialog, (m) => m.NewMapButton).Component;
export const NewMapPanel = lazyFeature(newMapPanel, (m) => m.NewMapPanel).Component;
export const OpenAlexLayer = lazyFeature(openAlexLayer, (m) => m.OpenAlexLayer).Component;
export const PairPanel = lazyFeature(pair, (m) => m.PairPanel).Component;
export const TimePanel = lazyFeature(time, (m) => m.TimePanel).Component;
export const YearLegend = lazyFeature(time, (m) => m.YearLegend).Component;
export const VenuePanel = lazyFeature(venues, (m) => m.VenuePanel).Component;
export const HomonymSection = lazyFeature(homonyms, (m) => m.HomonymSection).Component;
export const SynonymSection = lazyFeature(synonyms, (m) => m.SynonymSection).Component;
export const ReviewPanel = lazyFeature(review, (m) => m.ReviewPanel).Component;
export const RebuildBanner = lazyFeature(rebuildBanner, (m) => m.RebuildBanner).Component;
export const WhoIsWhoPanel = lazyFeature(whoIsWho, (m) => m.WhoIsWhoPanel).Component;
