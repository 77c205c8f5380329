/**
 * What differs between the social networks whose posts we quote: the class prefix of the card
 * (`tweet`, `bluesky`, `mastodon`), the network's name and how a handle is written and linked.
 */
export interface PostNetwork {
  id: 'tweet' | 'bluesky' | 'mastodon';
  name: string;
}

/** A post as every card shows it, whatever the network. */
export interface PostData {
  author: string;
  /** The handle as readers see it (`@HuaweiMobile`, `@alice@mastodon.social`). */
  handle: string;
  profileUrl: string;
  date: string;
  url: string;
  lang?: string | undefined;
}
