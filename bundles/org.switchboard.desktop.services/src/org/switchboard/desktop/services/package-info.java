/**
 * What the desktop's channel views keep and check on the agent's machine, as OSGi services: the
 * redial history and favorites ({@link org.switchboard.desktop.services.CallLists}), the canned chat
 * responses ({@link org.switchboard.desktop.services.CannedResponses}), both in the local store, and
 * the type a received file really has ({@link org.switchboard.desktop.services.ContentTypes}). Views
 * use them without knowing the store's database or the content detector behind them.
 */
package org.switchboard.desktop.services;
